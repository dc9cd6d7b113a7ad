/* px-html.c: a saved web page's article text (its metadata: px-html-metadata.c)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the main text is found, in the spirit of Readability, jusText and
 * trafilatura (the code and constants are our own):
 *
 * 1. Parse with libxml2's forgiving HTML parser; no network, no DTD.
 * 2. Walk the body once, skipping what is never article text (scripts,
 *    styles, forms of controls, hidden elements) and page furniture
 *    (navigation, headers, footers, asides, comment sections, "related"
 *    and sharing widgets), recognised by tag, ARIA role and class/id words.
 *    An element that holds most of the page's text is never skipped
 *    for its class alone: wrappers are sometimes misnamed.
 * 3. Cut what remains into blocks (text between block-level boundaries),
 *    each with its length and the share of it inside links.
 * 4. Score containers: each prose-like block gives points (for its length
 *    and commas) to its parent and, decaying, to further ancestors; the
 *    best container, discounted by its link density, holds the article.
 * 5. Take that container's blocks, plus sibling containers that score
 *    well or hold prose, drop link-heavy blocks and trim short furniture
 *    (datelines, "Advertisement", share prompts) from the edges.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/uri.h>
#include <string.h>

#include "px-decode.h"
#include "px-html-private.h"
#include "px-outlet-names.h"
#include "px-import.h"
#include "px-json-check.h"

typedef struct {
  double score;        /* points from prose blocks below */
  gboolean scored;
  gsize chars;         /* text characters below (after cleaning) */
  gsize link_chars;    /* of which inside links */
  gsize raw_chars;     /* before cleaning, for the skip safety net */
  gsize prose_chars;   /* of which inside <p> */
  gboolean holds_marked;  /* has an itemprop="articleBody" inside */
  guint order;         /* when it was first looked at: ties go to the first */
} NodeInfo;

typedef enum {
  BLOCK_TEXT,
  BLOCK_HEADING,
  BLOCK_ITEM,
  BLOCK_PRE,
  BLOCK_CELL,
  BLOCK_QUOTE,
  BLOCK_CAPTION,
} BlockKind;

typedef struct {
  char *text;
  gsize chars;
  gsize link_chars;
  xmlNode *elem;       /* nearest block-level element */
  BlockKind kind;
  int level;           /* heading level */
} Block;

typedef struct {
  xmlDoc *doc;
  GHashTable *info;    /* xmlNode* -> NodeInfo* */
  GArray *blocks;      /* of Block */
  GString *cur;
  gsize cur_links;
  xmlNode *cur_elem;
  gsize body_raw;      /* raw characters in the body */
  gsize body_prose;    /* of which inside <p> */
} Extractor;

/* ---------------------------------------------------------------- utils */

static NodeInfo *
info_of (Extractor *ex, xmlNode *node)
{
  NodeInfo *ni = g_hash_table_lookup (ex->info, node);

  if (ni == NULL)
    {
      ni = g_new0 (NodeInfo, 1);
      ni->order = g_hash_table_size (ex->info);
      g_hash_table_insert (ex->info, node, ni);
    }
  return ni;
}

/* -------------------------------------------------- element categories */

static const char * const furniture_tags[] = {
  "nav", "aside", "footer", "header", "menu", "dialog", NULL
};

static const char * const block_tags[] = {
  "address", "article", "aside", "blockquote", "body", "center", "dd",
  "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td",
  "th", "caption", "ul", "legend", "frameset", "frame", NULL
};

/* Words in class and id values that mark furniture.  Matched against the
 * parts of each value split at '-', '_' and case changes. */
static const char * const furniture_words[] = {
  "comment", "comments", "commentlist", "disqus", "related", "relatedposts",
  "share", "sharing", "sharebar", "social", "sidebar", "widget", "widgets",
  "footer", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
  "promo", "newsletter", "subscribe", "subscription", "signup", "advert",
  "advertisement", "ad", "ads", "adslot", "adunit", "dfp", "sponsor",
  "sponsored", "popup", "modal", "cookie", "cookies", "consent", "gdpr",
  "masthead", "toolbar", "pagination", "pager", "recommended", "recommendations",
  "recirc", "outbrain", "taboola", "trending", "popular", "mostread",
  "most", "banner", "skip", "hidden", "tags", "tagcloud", "taglist",
  "print", "login", "paywall", "overlay", "teaser", "teasers",
  "author", "byline", "bio", "meta", "dateline", "timestamp", "caption",
  "credit", "credits", "share-tools", "tools", "follow", "donate", "newsletters",
  "more", "next", "prev", "previous", "readmore", "jump", "inline-ad",
  NULL
};

/* Words that mark the article; they outweigh furniture words. */
static const char * const content_words[] = {
  "article", "articlebody", "body", "content", "entry", "main", "post",
  "story", "storybody", "text", "blog", "prose", "richtext", NULL
};

static const char * const furniture_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
  "search", "dialog", "alert", "alertdialog", "toolbar", "tablist", NULL
};

/* +1 when class/id say article, -1 when they say furniture, else 0. */
static int
class_weight (xmlNode *node)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *cls = px_html_get_attr (node, "class");
  g_autofree char *id = px_html_get_attr (node, "id");
  gboolean bad = FALSE, good = FALSE;

  if (cls)
    px_html_class_words (cls, words);
  if (id)
    px_html_class_words (id, words);
  for (guint i = 0; i < words->len; i++)
    {
      const char *w = g_ptr_array_index (words, i);
      bad |= px_html_word_in (w, furniture_words);
      good |= px_html_word_in (w, content_words);
    }
  if (good && !bad)
    return 1;
  return bad && !good ? -1 : 0;
}

static gboolean
is_hidden (xmlNode *node)
{
  g_autofree char *style = px_html_get_attr (node, "style");
  g_autofree char *aria = px_html_get_attr (node, "aria-hidden");
  xmlAttr *hidden = xmlHasProp (node, (const xmlChar *) "hidden");

  if (hidden)
    return TRUE;
  if (aria && g_ascii_strcasecmp (aria, "true") == 0)
    return TRUE;
  if (style)
    {
      g_autofree char *s = g_ascii_strdown (style, -1);
      char *w = s;

      /* Squeeze out spaces so "display : none" matches too. */
      for (char *r = s; *r; r++)
        if (*r != ' ')
          *w++ = *r;
      *w = '\0';
      if (strstr (s, "display:none") || strstr (s, "visibility:hidden"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_furniture (Extractor *ex, xmlNode *node)
{
  NodeInfo *ni = g_hash_table_lookup (ex->info, node);
  gsize raw = ni ? ni->raw_chars : 0;
  gsize prose = ni ? ni->prose_chars : 0;
  g_autofree char *role = px_html_get_attr (node, "role");
  g_autofree char *itemprop = px_html_get_attr (node, "itemprop");

  /* The article itself, however it is dressed. */
  if (itemprop && strstr (itemprop, "articleBody"))
    return FALSE;
  /* A wrapper holding most of the page is not furniture, whatever it is
   * called: some sites put the whole page in a <header> or a "menu-open"
   * container. */
  if ((ex->body_raw > 0 && raw * 2 > ex->body_raw) ||
      (ex->body_prose > 0 && prose * 2 > ex->body_prose) ||
      (ni && ni->holds_marked))
    return FALSE;

  if (px_html_name_in (node, furniture_tags))
    return TRUE;
  if (role && px_html_word_in (role, furniture_roles))
    return TRUE;
  /* A form of controls is furniture; a page wrapped in one (ASP.NET) is
   * caught by the safety net above. */
  if (px_html_name_is (node, "form"))
    return TRUE;
  return class_weight (node) < 0;
}

/* ---------------------------------------------------------- raw counts */

/* Counts text before cleaning: all of it, and the part inside <p>, the
 * surest sign of prose.  Also notes which elements hold the article as
 * the page marks it (itemprop="articleBody"). */
static void
count_raw (Extractor *ex, xmlNode *node, gboolean in_p, int depth, gsize *raw, gsize *prose,
           gboolean *marked)
{
  gsize r = 0, p = 0;
  gboolean m = FALSE;

  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        {
          gsize n = 0;

          for (const xmlChar *t = c->content; t && *t; t++)
            if (!g_ascii_isspace (*t) && (*t & 0xC0) != 0x80)
              n++;
          r += n;
          p += in_p ? n : 0;
        }
      else if (c->type == XML_ELEMENT_NODE && !px_html_name_in (c, px_html_never_text) && depth < PX_HTML_WALK_DEPTH)
        {
          gsize cr = 0, cp = 0;
          gboolean cm = FALSE;

          count_raw (ex, c, in_p || px_html_name_is (c, "p"), depth + 1, &cr, &cp, &cm);
          r += cr, p += cp, m |= cm;
        }
    }
  if (node->type == XML_ELEMENT_NODE)
    {
      NodeInfo *ni = info_of (ex, node);
      g_autofree char *itemprop = px_html_get_attr (node, "itemprop");

      m |= itemprop && strstr (itemprop, "articleBody");
      ni->raw_chars = r;
      ni->prose_chars = p;
      ni->holds_marked = m;
    }
  *raw = r, *prose = p, *marked = m;
}

/* ------------------------------------------------------------- blocks */

static BlockKind
kind_of (xmlNode *elem, int *level)
{
  const char *n = (const char *) elem->name;

  *level = 0;
  if (n && (n[0] == 'h' || n[0] == 'H') && n[1] >= '1' && n[1] <= '6' && n[2] == '\0')
    {
      *level = n[1] - '0';
      return BLOCK_HEADING;
    }
  if (px_html_name_is (elem, "li") || px_html_name_is (elem, "dd") || px_html_name_is (elem, "dt"))
    return BLOCK_ITEM;
  if (px_html_name_is (elem, "pre"))
    return BLOCK_PRE;
  if (px_html_name_is (elem, "td") || px_html_name_is (elem, "th"))
    return BLOCK_CELL;
  if (px_html_name_is (elem, "blockquote"))
    return BLOCK_QUOTE;
  if (px_html_name_is (elem, "figcaption") || px_html_name_is (elem, "caption"))
    return BLOCK_CAPTION;
  return BLOCK_TEXT;
}

static void
flush_block (Extractor *ex)
{
  Block b = { 0 };
  char *text;

  if (ex->cur->len == 0)
    return;
  text = g_strstrip (g_strdup (ex->cur->str));
  g_string_truncate (ex->cur, 0);
  if (*text == '\0' || ex->cur_elem == NULL)
    {
      g_free (text);
      ex->cur_links = 0;
      return;
    }
  b.text = text;
  b.chars = g_utf8_strlen (text, -1);
  b.link_chars = MIN (ex->cur_links, b.chars);
  b.elem = ex->cur_elem;
  b.kind = kind_of (b.elem, &b.level);
  ex->cur_links = 0;
  g_array_append_val (ex->blocks, b);
}

static void
walk (Extractor *ex, xmlNode *node, gboolean in_link, int depth)
{
  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        {
          gsize chars = px_html_append_collapsed (ex->cur, (const char *) c->content);

          if (in_link)
            ex->cur_links += chars;
          continue;
        }
      if (c->type != XML_ELEMENT_NODE || px_html_name_in (c, px_html_never_text) || depth >= PX_HTML_WALK_DEPTH)
        continue;
      if (px_html_name_is (c, "br"))
        {
          /* Two breaks end a paragraph; one is a line within it. */
          if (c->next && px_html_name_is (c->next, "br"))
            flush_block (ex);
          else if (ex->cur->len > 0 && ex->cur->str[ex->cur->len - 1] != ' ')
            g_string_append_c (ex->cur, ' ');
          continue;
        }
      if (is_hidden (c) || is_furniture (ex, c))
        continue;

      if (px_html_name_in (c, block_tags))
        {
          xmlNode *outer = ex->cur_elem;

          flush_block (ex);
          ex->cur_elem = c;
          walk (ex, c, in_link, depth + 1);
          flush_block (ex);
          ex->cur_elem = outer;
        }
      else
        {
          gboolean link = px_html_name_is (c, "a");
          /* Inline elements run into their neighbours; a space keeps
           * "word</span><span>word" apart only where the source had one. */
          walk (ex, c, in_link || link, depth + 1);
        }
    }
}

/* ------------------------------------------------------------ scoring */

static gsize
count_commas (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      n += c == ',' || c == 0xFF0C || c == 0x3001 || c == 0x060C;
    }
  return n;
}

static double
tag_bonus (xmlNode *node)
{
  g_autofree char *itemprop = px_html_get_attr (node, "itemprop");
  double bonus = 0;

  if (itemprop && strstr (itemprop, "articleBody"))
    bonus += 30;
  if (px_html_name_is (node, "article") || px_html_name_is (node, "main"))
    bonus += 8;
  else if (px_html_name_is (node, "div") || px_html_name_is (node, "section"))
    bonus += 3;
  else if (px_html_name_is (node, "td") || px_html_name_is (node, "blockquote") || px_html_name_is (node, "pre"))
    bonus += 2;
  else if (px_html_name_in (node, (const char * const[]) { "ul", "ol", "li", "dl", "form", "table", "tr", NULL }))
    bonus -= 3;
  bonus += 15 * class_weight (node);
  return bonus;
}

static gboolean
is_prose (const Block *b)
{
  return b->chars >= 25 && b->link_chars * 2 < b->chars && b->kind != BLOCK_HEADING;
}

static void
score_blocks (Extractor *ex)
{
  for (guint i = 0; i < ex->blocks->len; i++)
    {
      Block *b = &g_array_index (ex->blocks, Block, i);
      double points;
      int level = 0;

      /* Every block counts towards its ancestors' text and link totals. */
      for (xmlNode *a = b->elem; a && a->type == XML_ELEMENT_NODE; a = a->parent)
        {
          NodeInfo *ni = info_of (ex, a);
          ni->chars += b->chars;
          ni->link_chars += b->link_chars;
        }
      if (!is_prose (b))
        continue;

      points = 1 + count_commas (b->text) + MIN (b->chars / 100.0, 3.0);
      /* The block's own element is a paragraph unless it holds text
       * directly as a container does (a <div> or <td> with bare text):
       * either way its container gets full points. */
      for (xmlNode *a = b->elem->parent; a && a->type == XML_ELEMENT_NODE && level < 5;
           a = a->parent, level++)
        {
          NodeInfo *ni = info_of (ex, a);
          double share = level == 0 ? 1.0 : level == 1 ? 0.5 : 1.0 / (level * 3);

          if (!ni->scored)
            {
              ni->scored = TRUE;
              ni->score = tag_bonus (a);
            }
          ni->score += points * share;
        }
      if (px_html_name_in (b->elem, (const char * const[]) { "div", "td", "section", "article", NULL }))
        {
          NodeInfo *ni = info_of (ex, b->elem);
          if (!ni->scored)
            {
              ni->scored = TRUE;
              ni->score = tag_bonus (b->elem);
            }
          ni->score += points;
        }
    }
}

static double
final_score (Extractor *ex, xmlNode *node)
{
  NodeInfo *ni = g_hash_table_lookup (ex->info, node);
  double ld;

  if (ni == NULL || !ni->scored || ni->chars == 0)
    return -G_MAXDOUBLE;
  ld = (double) ni->link_chars / ni->chars;
  return ni->score * (1.0 - ld);
}

static int
compare_scores (gconstpointer a, gconstpointer b)
{
  double x = ((const double *) a)[1], y = ((const double *) b)[1];
  double i = ((const double *) a)[2], j = ((const double *) b)[2];

  /* Equal scores in the order the nodes were first looked at, not in the
   * hash table's (which follows their addresses, and so changes from one
   * reading of the same page to the next). */
  return x < y ? 1 : x > y ? -1 : i < j ? -1 : i > j ? 1 : 0;
}

static gboolean is_inside (xmlNode *node, xmlNode *ancestor);

static guint
element_children (xmlNode *node)
{
  guint n = 0;

  for (xmlNode *c = node->children; c; c = c->next)
    n += c->type == XML_ELEMENT_NODE;
  return n;
}

/* The best container.  When the article is cut into many small
 * containers (one per paragraph, each wrapped in "cards"), several of
 * them score nearly as well as the best: then their common ancestor is
 * the article. */
static xmlNode *
top_candidate (Extractor *ex)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (double) * 3);
  GHashTableIter iter;
  gpointer key, value;
  xmlNode *best;
  double best_score;

  g_hash_table_iter_init (&iter, ex->info);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double entry[3] = { 0, final_score (ex, key), ((NodeInfo *) value)->order };

      if (entry[1] <= -G_MAXDOUBLE)
        continue;
      memcpy (&entry[0], &key, sizeof key);
      g_array_append_vals (ranked, entry, 1);
    }
  if (ranked->len == 0)
    return NULL;
  g_array_sort (ranked, compare_scores);
  memcpy (&best, &((double *) ranked->data)[0], sizeof best);
  best_score = ((double *) ranked->data)[1];

  for (xmlNode *a = best->parent; a && a->type == XML_ELEMENT_NODE && !px_html_name_is (a, "body");
       a = a->parent)
    {
      guint near = 0;

      for (guint i = 1; i < MIN (ranked->len, 6); i++)
        {
          double *e = (double *) ranked->data + 3 * i;
          xmlNode *other;

          memcpy (&other, &e[0], sizeof other);
          if (e[1] >= best_score * 0.75 && is_inside (other, a))
            near++;
        }
      if (near >= 3)
        {
          best = a;
          break;
        }
    }

  /* A lone child is no narrower than its parent. */
  while (best->parent && best->parent->type == XML_ELEMENT_NODE &&
         !px_html_name_is (best->parent, "body") && element_children (best->parent) == 1)
    best = best->parent;
  return best;
}

static gboolean
is_inside (xmlNode *node, xmlNode *ancestor)
{
  for (; node; node = node->parent)
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

/* ----------------------------------------------------------- selection */

static gboolean
ends_sentence (const char *text)
{
  gsize n = strlen (text);
  const char *last;
  gunichar c;

  if (n == 0)
    return FALSE;
  last = g_utf8_find_prev_char (text, text + n);
  c = g_utf8_get_char (last);
  /* Closing quotes and brackets after the full stop. */
  while ((c == '"' || c == ')' || c == 0x201D || c == 0x2019 || c == 0xBB || c == '\'') && last > text)
    {
      last = g_utf8_find_prev_char (text, last);
      c = g_utf8_get_char (last);
    }
  return c == '.' || c == '!' || c == '?' || c == 0x3002 || c == 0x2026 || c == ':' ||
         c == 0xFF01 || c == 0xFF1F || c == 0x061F || c == 0x06D4 || c == 0x0964;
}

/* Decides which siblings of the best container are part of the article:
 * pages often split it across several containers around an ad slot. */
static gboolean
keep_sibling (Extractor *ex, xmlNode *sib, double top_score)
{
  NodeInfo *ni = g_hash_table_lookup (ex->info, sib);
  double threshold = MAX (10.0, top_score * 0.2);
  double ld;

  if (ni == NULL || ni->chars == 0)
    return FALSE;
  ld = (double) ni->link_chars / ni->chars;
  if (ni->scored && final_score (ex, sib) >= threshold)
    return TRUE;
  if (px_html_name_is (sib, "p") || px_html_name_is (sib, "blockquote") || px_html_name_is (sib, "pre") ||
      (px_html_name_in (sib, (const char * const[]) { "h2", "h3", "h4", "h5", "h6", NULL })))
    {
      if (ni->chars > 80 && ld < 0.25)
        return TRUE;
      if (ni->chars > 0 && ld == 0 && px_html_name_is (sib, "p"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
block_selected (Extractor *ex, const Block *b, GPtrArray *roots)
{
  for (guint i = 0; i < roots->len; i++)
    if (is_inside (b->elem, g_ptr_array_index (roots, i)))
      return TRUE;
  return FALSE;
}

static gboolean
looks_like_furniture_line (const Block *b)
{
  /* Short lines without sentence punctuation at the edges of the article:
   * datelines, bylines, "Advertisement", "Share this article". */
  return b->chars < 50 && !ends_sentence (b->text) && b->kind != BLOCK_HEADING;
}

static void
select_paragraphs (Extractor *ex, const char *headline, GPtrArray *out)
{
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  g_autoptr(GArray) keep = g_array_new (FALSE, TRUE, sizeof (gboolean));
  xmlNode *top = top_candidate (ex);
  double top_score;
  g_autofree char *head_norm = headline ? g_utf8_casefold (headline, -1) : NULL;
  guint first = G_MAXUINT, last = 0;

  if (top == NULL)
    return;
  top_score = MAX (final_score (ex, top), 0);

  if (top->parent && top->parent->type == XML_ELEMENT_NODE && !px_html_name_is (top, "body"))
    {
      for (xmlNode *s = top->parent->children; s; s = s->next)
        if (s == top || (s->type == XML_ELEMENT_NODE && keep_sibling (ex, s, top_score)))
          g_ptr_array_add (roots, s);
    }
  else
    g_ptr_array_add (roots, top);

  g_array_set_size (keep, ex->blocks->len);
  for (guint i = 0; i < ex->blocks->len; i++)
    {
      Block *b = &g_array_index (ex->blocks, Block, i);
      gboolean k;

      if (!block_selected (ex, b, roots))
        continue;
      k = b->link_chars * 2 <= b->chars;
      /* A list of links is a menu even inside the article. */
      if (b->kind == BLOCK_ITEM && b->link_chars * 10 > b->chars * 8)
        k = FALSE;
      if (k && head_norm && b->kind == BLOCK_HEADING)
        {
          g_autofree char *norm = g_utf8_casefold (b->text, -1);
          if (g_str_equal (norm, head_norm))
            k = FALSE;
        }
      g_array_index (keep, gboolean, i) = k;
      if (k)
        first = MIN (first, i), last = MAX (last, i);
    }
  if (first == G_MAXUINT)
    return;

  /* Trim furniture lines at both edges. */
  while (first <= last && (!g_array_index (keep, gboolean, first) ||
                           looks_like_furniture_line (&g_array_index (ex->blocks, Block, first))))
    first++;
  while (last > first && (!g_array_index (keep, gboolean, last) ||
                          looks_like_furniture_line (&g_array_index (ex->blocks, Block, last)) ||
                          g_array_index (ex->blocks, Block, last).kind == BLOCK_HEADING))
    last--;

  for (guint i = first; i <= last && i < ex->blocks->len; i++)
    if (g_array_index (keep, gboolean, i))
      g_ptr_array_add (out, g_strdup (g_array_index (ex->blocks, Block, i).text));
}

/* ------------------------------------------------------------- public */

static void
block_clear (gpointer data)
{
  g_free (((Block *) data)->text);
}

static xmlNode *
find_body (xmlNode *node, int depth)
{
  for (xmlNode *c = node; c; c = c->next)
    {
      xmlNode *b;
      if (px_html_name_is (c, "body"))
        return c;
      if (c->children && depth < 4 && (b = find_body (c->children, depth + 1)))
        return b;
    }
  return NULL;
}

static gsize xml_ready;

/* The tag name @p starts with, when it is @name. */
static gboolean
tag_is (const char *p, const char *end, const char *name)
{
  gsize n = strlen (name);

  return (gsize) (end - p) > n && g_ascii_strncasecmp (p, name, n) == 0 &&
         !g_ascii_isalnum (p[n]);
}

/* Where "</@name" starts from @p on, in any case, or @end. */
static const char *
find_end_tag (const char *p, const char *end, const char *name)
{
  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      if (end - p > 2 && p[1] == '/' && tag_is (p + 2, end, name))
        return p;
      p++;
    }
  return end;
}

/* Whether an element of @html has more than PX_HTML_MAX_ATTRIBUTES
 * attributes: libxml2 compares each with all before it, so a million of
 * them take hours.  A lexer's view is enough: the names that start after
 * white space inside a tag, quoted values skipped; comments and the
 * content of scripts and styles are not markup. */
static gboolean
too_many_attributes (const char *html, gsize len)
{
  const char *p = html, *end = html + len;

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      const char *raw = NULL;
      guint attributes = 0;
      gboolean space = FALSE;

      p++;
      if (end - p >= 3 && memcmp (p, "!--", 3) == 0)
        {
          const char *q = g_strstr_len (p + 3, end - p - 3, "-->");

          p = q ? q + 3 : end;
          continue;
        }
      if (p >= end || !g_ascii_isalpha (*p))
        continue;
      if (tag_is (p, end, "script"))
        raw = "script";
      else if (tag_is (p, end, "style"))
        raw = "style";
      for (; p < end && *p != '>'; p++)
        {
          if (*p == '"' || *p == '\'')
            {
              const char *q = memchr (p + 1, *p, end - p - 1);

              p = q ? q : end - 1;
              space = FALSE;
            }
          else if (g_ascii_isspace (*p))
            space = TRUE;
          else if (space && *p != '/' && *p != '=')
            {
              space = FALSE;
              if (++attributes > PX_HTML_MAX_ATTRIBUTES)
                return TRUE;
            }
        }
      if (raw && p < end)
        p = find_end_tag (p, end, raw);
    }
  return FALSE;
}

/* A DOCTYPE's internal subset (<!DOCTYPE html [ <!ENTITY …> ]>) is no
 * part of HTML: libxml2's HTML parser ends the DOCTYPE at the first ">"
 * and reads the rest as text.  Returns a copy of @html with the subset
 * blanked out, or NULL when there is none. */
static char *
blank_internal_subset (const char *html, gsize len)
{
  const char *p = html, *end = html + MIN (len, 4096), *open, *close;
  char *copy;

  while (p < end && (g_ascii_isspace (*p) || (guchar) *p >= 0x80))
    p++;
  if (end - p < 9 || g_ascii_strncasecmp (p, "<!DOCTYPE", 9) != 0)
    return NULL;
  open = p + 9;
  while (open < html + len && *open != '[' && *open != '>')
    open++;
  if (open >= html + len || *open != '[')
    return NULL;
  close = g_strstr_len (open, html + len - open, "]");
  while (close && close + 1 < html + len)
    {
      const char *q = close + 1;

      while (q < html + len && g_ascii_isspace (*q))
        q++;
      if (q < html + len && *q == '>')
        break;
      close = g_strstr_len (close + 1, html + len - close - 1, "]");
    }
  if (close == NULL)
    return NULL;
  copy = g_memdup2 (html, len);
  memset (copy + (open - html), ' ', close + 1 - open);
  return copy;
}

PxHtmlArticle *
px_html_extract (const char *html,
                 gsize       len)
{
  PxHtmlArticle *a = g_new0 (PxHtmlArticle, 1);
  Extractor ex = { 0 };
  xmlNode *root, *body;
  htmlParserCtxtPtr ctxt;
  char *subset_free = NULL;
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
                HTML_PARSE_NODEFDTD;

  g_return_val_if_fail (html != NULL || len == 0, a);

  a->paragraphs = g_ptr_array_new_with_free_func (g_free);
  if (len == 0 || len > G_MAXINT)
    return a;

  /* libxml2 before 2.11 sets up its globals on first use without a
   * lock: once, here, before pages are read on several threads. */
  if (g_once_init_enter (&xml_ready))
    {
      xmlInitParser ();
      g_once_init_leave (&xml_ready, 1);
    }
  if (too_many_attributes (html, len))
    {
      a->refusal = PX_HTML_TOO_MANY_ATTRIBUTES;
      return a;
    }
  subset_free = blank_internal_subset (html, len);
  if (subset_free)
    html = subset_free;
  /* A parser context of its own, to tell libxml2's depth limit (it stops
   * there) from a page without an article. */
  ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    return a;
  ex.doc = htmlCtxtReadMemory (ctxt, html, (int) len, NULL, "UTF-8", options);
  if (ctxt->errNo == XML_ERR_INTERNAL_ERROR && ctxt->nodeNr >= PX_HTML_MAX_DEPTH)
    a->refusal = PX_HTML_TOO_DEEP;
  else if (ctxt->errNo == XML_ERR_INTERNAL_ERROR && ctxt->lastError.message &&
           strstr (ctxt->lastError.message, "depth") != NULL)
    a->refusal = PX_HTML_TOO_DEEP;
  htmlFreeParserCtxt (ctxt);
  g_free (subset_free);
  /* A page past the depth limit is still extracted, as far as libxml2
   * read it: px_html_import() refuses it, px_html_extract() callers see
   * the refusal beside what was read. */
  if (ex.doc == NULL || (root = xmlDocGetRootElement (ex.doc)) == NULL)
    {
      if (ex.doc)
        xmlFreeDoc (ex.doc);
      return a;
    }
  ex.info = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ex.blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (ex.blocks, block_clear);
  ex.cur = g_string_new (NULL);

  body = find_body (root, 0);
  if (body == NULL)
    body = root;
  px_html_read_metadata (ex.doc, body, a);

  {
    gboolean marked;
    count_raw (&ex, body, FALSE, 0, &ex.body_raw, &ex.body_prose, &marked);
  }
  ex.cur_elem = body;
  walk (&ex, body, FALSE, 0);
  flush_block (&ex);
  score_blocks (&ex);
  select_paragraphs (&ex, a->headline, a->paragraphs);

  g_string_free (ex.cur, TRUE);
  g_array_unref (ex.blocks);
  g_hash_table_unref (ex.info);
  xmlFreeDoc (ex.doc);
  return a;
}

void
px_html_article_free (PxHtmlArticle *article)
{
  if (article == NULL)
    return;
  g_free (article->headline);
  g_free (article->site);
  g_free (article->author);
  g_free (article->date);
  g_free (article->url);
  g_ptr_array_unref (article->paragraphs);
  g_free (article);
}

char *
px_html_article_text (PxHtmlArticle *article,
                      gboolean       with_headline)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (article != NULL, g_string_free (out, FALSE));

  if (with_headline && article->headline && *article->headline)
    g_string_append (out, article->headline);
  for (guint i = 0; i < article->paragraphs->len; i++)
    {
      const char *p = g_ptr_array_index (article->paragraphs, i);

      if (i == 0 && with_headline && article->headline && g_str_equal (p, article->headline))
        continue;
      if (out->len > 0)
        g_string_append (out, "\n\n");
      g_string_append (out, p);
    }
  if (out->len > 0)
    g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/**
 * px_html_extract_bytes:
 * @data: a saved page as it is on disk
 * @name: its name, for notices
 * @notices: (nullable): where notices about the decoding go
 *
 * Decodes @data by its byte-order mark, the charset its <meta> declares,
 * or a guess between UTF-8 and Windows-1252, then extracts the article.
 */
PxHtmlArticle *
px_html_extract_bytes (const char *data,
                       gsize       len,
                       const char *name,
                       GPtrArray  *notices)
{
  g_autofree char *charset = NULL;
  g_autofree char *utf8 = NULL;
  gsize bom_len = 0, utf8_len = 0;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (px_sniff_bom (data, len, &bom_len) == NULL)
    charset = px_sniff_meta_charset (data, len);
  utf8 = px_decode_to_utf8 (data, len, charset, name, &utf8_len, notices, NULL);
  return px_html_extract (utf8 ? utf8 : "", utf8 ? utf8_len : 0);
}

/* A page's text and metadata with each control character (C0 but tab
 * and line feed, DEL, C1; raw or written as a character reference such as
 * "&#7;" or "&#x85;") made a space: they would reach a terminal, the
 * window's labels and a saved comparison, which refuses them. */
static char *
without_controls (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '\n' && c != '\t' && (c < 0x20 || (c >= 0x7F && c <= 0x9F)))
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

/**
 * px_html_import:
 * @data: the bytes of a saved web page (any charset)
 * @size: their length
 * @name: the file's name, for messages and the outlet label
 * @notices: (element-type utf8): where the decoding adds what it changed
 *
 * Makes a document of a saved web page: its article text, with the
 * headline, site, author and date from its metadata.  The import calls
 * this for every file that sniffs as HTML; parallax-cli links its own
 * px_html_import() that loads this file's module first (app/cli).
 *
 * Returns: (transfer full): a document, or %NULL with @error set when
 *   the page has no article text
 */
PxDocument *
px_html_import (const char  *data,
                gsize        size,
                const char  *name,
                GPtrArray   *notices,
                GError     **error)
{
  g_autoptr(PxHtmlArticle) article = px_html_extract_bytes (data, size, name, notices);
  g_autofree char *text = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *base = NULL;
  PxDocument *doc;

  /* Past libxml2's depth limit the page is read as far as it goes: what
   * text lies above it is the article, with a notice; a page whose text
   * all lies deeper is refused for that, not as a page without text. */
  if (article->refusal == PX_HTML_TOO_DEEP && article->paragraphs->len > 0 && notices)
    g_ptr_array_add (notices, g_strdup_printf (_("“%s” is nested more than %d elements deep: what lies deeper was left out"),
                                               name, PX_HTML_MAX_DEPTH));
  if (article->refusal == PX_HTML_TOO_DEEP && article->paragraphs->len == 0)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is a web page nested more than %d elements deep: Parallax reads pages of up to that depth"),
                   name, PX_HTML_MAX_DEPTH);
      return NULL;
    }
  if (article->refusal == PX_HTML_TOO_MANY_ATTRIBUTES)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is a web page with an element of more than %d attributes: Parallax reads pages with up to that many"),
                   name, PX_HTML_MAX_ATTRIBUTES);
      return NULL;
    }
  if (article->paragraphs->len == 0)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY,
                   _("“%s” is a web page with no article text in it"), name);
      return NULL;
    }
  {
    g_autofree char *raw = px_html_article_text (article, TRUE);
    char **fields[] = { &article->headline, &article->site, &article->author, &article->date };

    text = without_controls (raw);
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        char *clean = without_controls (*fields[i]);

        g_free (*fields[i]);
        *fields[i] = clean;
      }
  }
  base = g_path_get_basename (name);
  /* A page names its outlet in its metadata; failing that, the file name. */
  outlet = article->site ? g_strdup (article->site) : px_outlet_from_filename (base);
  /* A site known only by its address: the outlet's own name for it. */
  if (article->site && strchr (article->site, ' ') == NULL && px_outlet_from_host (article->site))
    {
      g_free (outlet);
      outlet = g_strdup (px_outlet_from_host (article->site));
    }
  doc = px_document_new (text, -1, outlet);
  px_document_set_headline (doc, article->headline);
  px_document_set_site (doc, article->site);
  px_document_set_author (doc, article->author);
  px_document_set_date (doc, article->date);
  return doc;
}
