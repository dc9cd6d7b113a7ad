/* px-html.c: a saved web page's article text and metadata
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
#include "px-html.h"
#include "px-outlet-names.h"
#include "px-import.h"

/* Nodes deeper than this are not walked: the parser caps depth anyway, and
 * a page nested this deep is a table layout whose leaves still count. */
#define MAX_DEPTH 400

typedef struct {
  double score;        /* points from prose blocks below */
  gboolean scored;
  gsize chars;         /* text characters below (after cleaning) */
  gsize link_chars;    /* of which inside links */
  gsize raw_chars;     /* before cleaning, for the skip safety net */
  gsize prose_chars;   /* of which inside <p> */
  gboolean holds_marked;  /* has an itemprop="articleBody" inside */
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
  /* metadata */
  GHashTable *meta;    /* lower-case name/property -> content */
  char *ld_headline, *ld_date, *ld_author, *ld_publisher, *ld_url;
  char *h1;
  char *time_attr;
  char *byline_text;
} Extractor;

/* ---------------------------------------------------------------- utils */

static gboolean
name_is (xmlNode *node, const char *name)
{
  return node && node->type == XML_ELEMENT_NODE && node->name &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
name_in (xmlNode *node, const char * const *names)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || node->name == NULL)
    return FALSE;
  for (guint i = 0; names[i]; i++)
    if (g_ascii_strcasecmp ((const char *) node->name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static char *
get_attr (xmlNode *node, const char *name)
{
  xmlChar *v = xmlGetProp (node, (const xmlChar *) name);
  char *out = v ? g_strdup ((const char *) v) : NULL;

  xmlFree (v);
  return out;
}

static gboolean
is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF ||
         c == 0x2007 || c == 0x202F;
}

/* Appends @text with runs of white space collapsed to one space. */
static gsize
append_collapsed (GString *out, const char *text)
{
  gsize chars = 0;

  if (!g_utf8_validate (text, -1, NULL))
    return 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space_char (c) || c == 0xAD)
        {
          if (c == 0xAD)
            continue;   /* soft hyphen: invisible */
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_unichar (out, c);
      chars++;
    }
  return chars;
}

static char *
collapse (const char *text)
{
  GString *s = g_string_new (NULL);

  if (text)
    append_collapsed (s, text);
  g_strstrip (s->str);
  s->len = strlen (s->str);
  return g_string_free (s, FALSE);
}

static char *
node_text (xmlNode *node)
{
  xmlChar *raw = xmlNodeGetContent (node);
  char *out = collapse ((const char *) raw);

  xmlFree (raw);
  return out;
}

static NodeInfo *
info_of (Extractor *ex, xmlNode *node)
{
  NodeInfo *ni = g_hash_table_lookup (ex->info, node);

  if (ni == NULL)
    {
      ni = g_new0 (NodeInfo, 1);
      g_hash_table_insert (ex->info, node, ni);
    }
  return ni;
}

static void
set_str (char **field, char *value)
{
  if (*field == NULL && value && *value)
    *field = value;
  else
    g_free (value);
}

/* -------------------------------------------------- element categories */

static const char * const never_text[] = {
  "script", "style", "noscript", "template", "iframe", "object", "embed",
  "svg", "math", "canvas", "video", "audio", "select", "button", "input",
  "textarea", "head", "link", "meta", "title", "map", "source", "picture",
  "img", "option", "datalist", "output", "progress", "meter", NULL
};

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

static gboolean
word_in (const char *word, const char * const *list)
{
  for (guint i = 0; list[i]; i++)
    if (g_ascii_strcasecmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Splits class/id values into lower-case words: "relatedStories-list"
 * gives "related", "stories", "list", and also the whole value
 * "relatedstories-list" squashed ("relatedstorieslist"). */
static void
class_words (const char *value, GPtrArray *out)
{
  GString *word = g_string_new (NULL);
  GString *whole = g_string_new (NULL);

  for (const char *p = value; ; p++)
    {
      char c = *p;
      gboolean sep = c == '\0' || c == '-' || c == '_' || g_ascii_isspace (c);
      gboolean hump = g_ascii_isupper (c) && p > value && g_ascii_islower (p[-1]);

      if ((sep || hump) && word->len > 0)
        {
          g_ptr_array_add (out, g_ascii_strdown (word->str, -1));
          g_string_truncate (word, 0);
        }
      if (c == '\0' || g_ascii_isspace (c))
        {
          if (whole->len > 0)
            g_ptr_array_add (out, g_ascii_strdown (whole->str, -1));
          g_string_truncate (whole, 0);
          if (c == '\0')
            break;
          continue;
        }
      if (!sep)
        {
          g_string_append_c (word, c);
          g_string_append_c (whole, c);
        }
    }
  g_string_free (word, TRUE);
  g_string_free (whole, TRUE);
}

/* +1 when class/id say article, -1 when they say furniture, else 0. */
static int
class_weight (xmlNode *node)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *cls = get_attr (node, "class");
  g_autofree char *id = get_attr (node, "id");
  gboolean bad = FALSE, good = FALSE;

  if (cls)
    class_words (cls, words);
  if (id)
    class_words (id, words);
  for (guint i = 0; i < words->len; i++)
    {
      const char *w = g_ptr_array_index (words, i);
      bad |= word_in (w, furniture_words);
      good |= word_in (w, content_words);
    }
  if (good && !bad)
    return 1;
  return bad && !good ? -1 : 0;
}

static gboolean
is_hidden (xmlNode *node)
{
  g_autofree char *style = get_attr (node, "style");
  g_autofree char *aria = get_attr (node, "aria-hidden");
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
  g_autofree char *role = get_attr (node, "role");
  g_autofree char *itemprop = get_attr (node, "itemprop");

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

  if (name_in (node, furniture_tags))
    return TRUE;
  if (role && word_in (role, furniture_roles))
    return TRUE;
  /* A form of controls is furniture; a page wrapped in one (ASP.NET) is
   * caught by the safety net above. */
  if (name_is (node, "form"))
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
      else if (c->type == XML_ELEMENT_NODE && !name_in (c, never_text) && depth < MAX_DEPTH)
        {
          gsize cr = 0, cp = 0;
          gboolean cm = FALSE;

          count_raw (ex, c, in_p || name_is (c, "p"), depth + 1, &cr, &cp, &cm);
          r += cr, p += cp, m |= cm;
        }
    }
  if (node->type == XML_ELEMENT_NODE)
    {
      NodeInfo *ni = info_of (ex, node);
      g_autofree char *itemprop = get_attr (node, "itemprop");

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
  if (name_is (elem, "li") || name_is (elem, "dd") || name_is (elem, "dt"))
    return BLOCK_ITEM;
  if (name_is (elem, "pre"))
    return BLOCK_PRE;
  if (name_is (elem, "td") || name_is (elem, "th"))
    return BLOCK_CELL;
  if (name_is (elem, "blockquote"))
    return BLOCK_QUOTE;
  if (name_is (elem, "figcaption") || name_is (elem, "caption"))
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
          gsize chars = append_collapsed (ex->cur, (const char *) c->content);

          if (in_link)
            ex->cur_links += chars;
          continue;
        }
      if (c->type != XML_ELEMENT_NODE || name_in (c, never_text) || depth >= MAX_DEPTH)
        continue;
      if (name_is (c, "br"))
        {
          /* Two breaks end a paragraph; one is a line within it. */
          if (c->next && name_is (c->next, "br"))
            flush_block (ex);
          else if (ex->cur->len > 0 && ex->cur->str[ex->cur->len - 1] != ' ')
            g_string_append_c (ex->cur, ' ');
          continue;
        }
      if (is_hidden (c) || is_furniture (ex, c))
        continue;

      if (name_in (c, block_tags))
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
          gboolean link = name_is (c, "a");
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
  g_autofree char *itemprop = get_attr (node, "itemprop");
  double bonus = 0;

  if (itemprop && strstr (itemprop, "articleBody"))
    bonus += 30;
  if (name_is (node, "article") || name_is (node, "main"))
    bonus += 8;
  else if (name_is (node, "div") || name_is (node, "section"))
    bonus += 3;
  else if (name_is (node, "td") || name_is (node, "blockquote") || name_is (node, "pre"))
    bonus += 2;
  else if (name_in (node, (const char * const[]) { "ul", "ol", "li", "dl", "form", "table", "tr", NULL }))
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
      if (name_in (b->elem, (const char * const[]) { "div", "td", "section", "article", NULL }))
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

  return x < y ? 1 : x > y ? -1 : 0;
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
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  GHashTableIter iter;
  gpointer key, value;
  xmlNode *best;
  double best_score;

  g_hash_table_iter_init (&iter, ex->info);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double entry[2] = { 0, final_score (ex, key) };

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

  for (xmlNode *a = best->parent; a && a->type == XML_ELEMENT_NODE && !name_is (a, "body");
       a = a->parent)
    {
      guint near = 0;

      for (guint i = 1; i < MIN (ranked->len, 6); i++)
        {
          double *e = (double *) ranked->data + 2 * i;
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
         !name_is (best->parent, "body") && element_children (best->parent) == 1)
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
  if (name_is (sib, "p") || name_is (sib, "blockquote") || name_is (sib, "pre") ||
      (name_in (sib, (const char * const[]) { "h2", "h3", "h4", "h5", "h6", NULL })))
    {
      if (ni->chars > 80 && ld < 0.25)
        return TRUE;
      if (ni->chars > 0 && ld == 0 && name_is (sib, "p"))
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

  if (top->parent && top->parent->type == XML_ELEMENT_NODE && !name_is (top, "body"))
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

/* ----------------------------------------------------------- metadata */

static void
collect_meta (Extractor *ex, xmlNode *node, int depth)
{
  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE || depth > MAX_DEPTH)
        continue;
      if (name_is (c, "meta"))
        {
          g_autofree char *content = get_attr (c, "content");
          const char *keys[] = { "property", "name", "itemprop" };

          if (content == NULL)
            continue;
          for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
            {
              g_autofree char *k = get_attr (c, keys[i]);
              g_auto(GStrv) parts = NULL;

              if (k == NULL)
                continue;
              /* property="og:title twitter:title" names several at once. */
              parts = g_strsplit_set (k, " \t\n", -1);
              for (guint j = 0; parts[j]; j++)
                {
                  char *key = g_ascii_strdown (parts[j], -1);

                  /* The first of several same-named tags wins. */
                  if (*key && !g_hash_table_contains (ex->meta, key))
                    g_hash_table_insert (ex->meta, key, collapse (content));
                  else
                    g_free (key);
                }
            }
        }
      else if (name_is (c, "link"))
        {
          g_autofree char *rel = get_attr (c, "rel");
          if (rel && g_ascii_strcasecmp (rel, "canonical") == 0 &&
              !g_hash_table_contains (ex->meta, "link:canonical"))
            g_hash_table_insert (ex->meta, g_strdup ("link:canonical"), get_attr (c, "href"));
        }
      else if (name_is (c, "title"))
        {
          if (!g_hash_table_contains (ex->meta, "html:title"))
            g_hash_table_insert (ex->meta, g_strdup ("html:title"), node_text (c));
        }
      else if (name_is (c, "h1") && ex->h1 == NULL)
        {
          char *t = node_text (c);
          set_str (&ex->h1, t);
        }
      else if (name_is (c, "time") && ex->time_attr == NULL)
        set_str (&ex->time_attr, get_attr (c, "datetime"));
      collect_meta (ex, c, depth + 1);
    }
}

static char *
json_string_or_name (JsonNode *node)
{
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return collapse (json_node_get_string (node));
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *o = json_node_get_object (node);
      if (json_object_has_member (o, "name"))
        return json_string_or_name (json_object_get_member (o, "name"));
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      GString *s = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          g_autofree char *one = json_string_or_name (json_array_get_element (a, i));
          if (one == NULL || *one == '\0' || strstr (s->str, one))
            continue;
          if (s->len)
            g_string_append (s, ", ");
          g_string_append (s, one);
        }
      return g_string_free (s, s->len == 0);
    }
  return NULL;
}

static gboolean
is_article_type (JsonObject *o)
{
  static const char * const types[] = {
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "ScholarlyArticle",
    "TechArticle", "Report", "LiveBlogPosting", "SocialMediaPosting", "Posting", "WebPage", NULL
  };
  JsonNode *t = json_object_get_member (o, "@type");
  g_autofree char *type = NULL;

  if (t == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_ARRAY (t) && json_array_get_length (json_node_get_array (t)) > 0)
    t = json_array_get_element (json_node_get_array (t), 0);
  if (!JSON_NODE_HOLDS_VALUE (t) || json_node_get_value_type (t) != G_TYPE_STRING)
    return FALSE;
  return word_in (json_node_get_string (t), types);
}

static void
take_json_ld (Extractor *ex, JsonNode *node, int depth)
{
  if (node == NULL || depth > 8)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (a); i++)
        take_json_ld (ex, json_array_get_element (a, i), depth + 1);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;

  {
    JsonObject *o = json_node_get_object (node);
    gboolean web_page;
    JsonNode *t = json_object_get_member (o, "@type");

    if (json_object_has_member (o, "@graph"))
      take_json_ld (ex, json_object_get_member (o, "@graph"), depth + 1);
    if (!is_article_type (o))
      return;
    web_page = t && JSON_NODE_HOLDS_VALUE (t) && json_node_get_value_type (t) == G_TYPE_STRING &&
               g_str_equal (json_node_get_string (t), "WebPage");
    /* A WebPage object only fills in what no article object gave. */
    if (!web_page || ex->ld_headline == NULL)
      {
        if (json_object_has_member (o, "headline"))
          set_str (&ex->ld_headline, json_string_or_name (json_object_get_member (o, "headline")));
        else if (json_object_has_member (o, "name") && !web_page)
          set_str (&ex->ld_headline, json_string_or_name (json_object_get_member (o, "name")));
      }
    if (json_object_has_member (o, "datePublished"))
      set_str (&ex->ld_date, json_string_or_name (json_object_get_member (o, "datePublished")));
    if (json_object_has_member (o, "author"))
      set_str (&ex->ld_author, json_string_or_name (json_object_get_member (o, "author")));
    if (json_object_has_member (o, "publisher"))
      set_str (&ex->ld_publisher, json_string_or_name (json_object_get_member (o, "publisher")));
    if (json_object_has_member (o, "url") && !web_page)
      set_str (&ex->ld_url, json_string_or_name (json_object_get_member (o, "url")));
  }
}

static void
collect_json_ld (Extractor *ex, xmlNode *node, int depth)
{
  for (xmlNode *c = node->children; c; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE || depth > MAX_DEPTH)
        continue;
      if (name_is (c, "script"))
        {
          g_autofree char *type = get_attr (c, "type");
          if (type && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            {
              g_autoptr(JsonParser) parser = json_parser_new ();
              xmlChar *raw = xmlNodeGetContent (c);

              if (raw && json_parser_load_from_data (parser, (const char *) raw, -1, NULL))
                take_json_ld (ex, json_parser_get_root (parser), 0);
              xmlFree (raw);
            }
          continue;
        }
      collect_json_ld (ex, c, depth + 1);
    }
}

static gboolean
class_says_byline (const char *cls)
{
  static const char * const words[] = { "byline", "author", "authors", "writtenby", "writer", NULL };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  class_words (cls, parts);
  for (guint i = 0; i < parts->len; i++)
    if (word_in (g_ptr_array_index (parts, i), words))
      return TRUE;
  return FALSE;
}

/* Finds a byline in the page: rel="author", itemprop="author", or an
 * element whose class says byline or author. */
static void
find_byline (Extractor *ex, xmlNode *node, int depth)
{
  for (xmlNode *c = node->children; c && ex->byline_text == NULL; c = c->next)
    {
      g_autofree char *rel = NULL, *itemprop = NULL, *cls = NULL;

      if (c->type != XML_ELEMENT_NODE || depth > MAX_DEPTH || name_in (c, never_text))
        continue;
      rel = get_attr (c, "rel");
      itemprop = get_attr (c, "itemprop");
      cls = get_attr (c, "class");
      if ((rel && g_ascii_strcasecmp (rel, "author") == 0) ||
          (itemprop && strstr (itemprop, "author")) ||
          (cls && class_says_byline (cls)))
        {
          char *t = node_text (c);
          glong n = g_utf8_strlen (t, -1);

          if (n > 0 && n < 100)
            {
              set_str (&ex->byline_text, t);
              return;
            }
          g_free (t);
        }
      find_byline (ex, c, depth + 1);
    }
}

static char *
strip_by (char *author)
{
  char *p = author;

  if (author == NULL)
    return NULL;
  if (g_ascii_strncasecmp (p, "by ", 3) == 0)
    p += 3;
  else if (g_ascii_strncasecmp (p, "by:", 3) == 0)
    p += 3;
  memmove (author, p, strlen (p) + 1);
  g_strstrip (author);
  if (*author == '\0' || g_str_has_prefix (author, "http"))
    return (g_free (author), NULL);
  return author;
}

static char *
domain_of (const char *url)
{
  xmlURIPtr uri;
  char *out = NULL;

  if (url == NULL)
    return NULL;
  uri = xmlParseURI (url);
  if (uri && uri->server)
    {
      const char *host = uri->server;
      if (g_str_has_prefix (host, "www."))
        host += 4;
      out = g_strdup (host);
    }
  xmlFreeURI (uri);
  return out;
}

/* Drops a " | Site" or " - Site" tail from a page title. */
static char *
clean_title (const char *title, const char *site)
{
  static const char *seps[] = { " | ", " - ", " — ", " – ", " :: ", " · ", " » " };
  char *out = g_strdup (title);

  for (guint i = 0; i < G_N_ELEMENTS (seps); i++)
    {
      char *at = g_strrstr (out, seps[i]);
      const char *tail;

      if (at == NULL)
        continue;
      tail = at + strlen (seps[i]);
      /* Cut when the tail names the site, or is short next to the head. */
      if ((site && g_ascii_strcasecmp (tail, site) == 0) ||
          (g_utf8_strlen (tail, -1) * 3 < g_utf8_strlen (out, at - out) &&
           g_utf8_strlen (out, at - out) > 15 && g_utf8_strlen (tail, -1) < 30))
        {
          *at = '\0';
          g_strstrip (out);
        }
      break;
    }
  return out;
}

/* Whether most words of @a occur in @b. */
static gboolean
words_found_in (const char *a, const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);
  g_auto(GStrv) words = g_strsplit_set (fa, " \t,.:;!?'\"()", -1);
  guint n = 0, found = 0;

  for (guint i = 0; words[i]; i++)
    {
      if (*words[i] == '\0')
        continue;
      n++;
      found += strstr (fb, words[i]) != NULL;
    }
  return n > 0 && found * 2 >= n;
}

/* An <h1> that is the page's headline echoes its <title>, or the title is
 * a short form of it; a section banner or a logo does neither. */
static gboolean
shares_words (const char *h1, const char *title)
{
  return words_found_in (h1, title) || words_found_in (title, h1);
}

static const char *
meta (Extractor *ex, const char *key)
{
  const char *v = g_hash_table_lookup (ex->meta, key);

  return v && *v ? v : NULL;
}

/* Metadata comes from attributes and JSON-LD as well as from text, and
 * both may hold line breaks; every field is shown on one line. */
static void
make_single_line (char **field)
{
  char *line = collapse (*field);

  g_free (*field);
  *field = *line ? line : (g_free (line), NULL);
}

/* Browsers drop tabs and line breaks anywhere in an address and spaces
 * around it (WHATWG URL parsing); so does Parallax. */
static void
clean_url (char **url)
{
  char *out;

  if (*url == NULL)
    return;
  out = *url;
  for (const char *p = *url; *p; p++)
    if (*p != '\t' && *p != '\n' && *p != '\r')
      *out++ = *p;
  *out = '\0';
  g_strstrip (*url);
  if (**url == '\0')
    g_clear_pointer (url, g_free);
}

static void
fill_metadata (Extractor *ex, PxHtmlArticle *a)
{
  const char *v;
  const char *title = meta (ex, "html:title");

  a->url = g_strdup (meta (ex, "link:canonical") ? meta (ex, "link:canonical")
                                                   : meta (ex, "og:url") ? meta (ex, "og:url")
                                                                         : ex->ld_url);
  clean_url (&a->url);
  if ((v = meta (ex, "og:site_name")) || (v = ex->ld_publisher) ||
      (v = meta (ex, "application-name")) || (v = meta (ex, "twitter:site")))
    a->site = g_strdup (v);
  else
    a->site = domain_of (a->url);
  if (a->site && a->site[0] == '@')
    memmove (a->site, a->site + 1, strlen (a->site));

  if ((v = meta (ex, "og:title")) || (v = ex->ld_headline) || (v = meta (ex, "twitter:title")) ||
      (v = meta (ex, "dc.title")))
    a->headline = clean_title (v, a->site);
  else if (ex->h1 && (title == NULL || shares_words (ex->h1, title)))
    a->headline = g_strdup (ex->h1);
  else if (title)
    a->headline = clean_title (title, a->site);
  else if (ex->h1)
    a->headline = g_strdup (ex->h1);
  /* A short h1 that the page title starts with is the cleaner headline. */
  if (a->headline && ex->h1 && g_utf8_strlen (ex->h1, -1) > 10 &&
      g_str_has_prefix (a->headline, ex->h1) && strlen (ex->h1) < strlen (a->headline))
    {
      g_free (a->headline);
      a->headline = g_strdup (ex->h1);
    }

  if ((v = meta (ex, "article:published_time")) || (v = ex->ld_date) ||
      (v = meta (ex, "datepublished")) || (v = meta (ex, "date")) ||
      (v = meta (ex, "pubdate")) || (v = meta (ex, "publishdate")) ||
      (v = meta (ex, "dc.date")) || (v = meta (ex, "dc.date.issued")) ||
      (v = meta (ex, "dcterms.created")) || (v = meta (ex, "sailthru.date")) ||
      (v = meta (ex, "parsely-pub-date")) || (v = meta (ex, "og:published_time")) ||
      (v = ex->time_attr))
    a->date = g_strdup (v);

  if ((v = meta (ex, "author")) || (v = ex->ld_author) || (v = ex->byline_text) ||
      (v = meta (ex, "article:author")) || (v = meta (ex, "dc.creator")) ||
      (v = meta (ex, "sailthru.author")) || (v = meta (ex, "parsely-author")))
    a->author = strip_by (g_strdup (v));

  make_single_line (&a->site);
  make_single_line (&a->headline);
  make_single_line (&a->date);
  make_single_line (&a->author);
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
      if (name_is (c, "body"))
        return c;
      if (c->children && depth < 4 && (b = find_body (c->children, depth + 1)))
        return b;
    }
  return NULL;
}

static gsize xml_ready;

PxHtmlArticle *
px_html_extract (const char *html,
                 gsize       len)
{
  PxHtmlArticle *a = g_new0 (PxHtmlArticle, 1);
  Extractor ex = { 0 };
  xmlNode *root, *body;
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
  ex.doc = htmlReadMemory (html, (int) len, NULL, "UTF-8", options);
  if (ex.doc == NULL || (root = xmlDocGetRootElement (ex.doc)) == NULL)
    {
      if (ex.doc)
        xmlFreeDoc (ex.doc);
      return a;
    }
  ex.info = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ex.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ex.blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (ex.blocks, block_clear);
  ex.cur = g_string_new (NULL);

  collect_meta (&ex, (xmlNode *) ex.doc, 0);
  collect_json_ld (&ex, (xmlNode *) ex.doc, 0);
  body = find_body (root, 0);
  if (body == NULL)
    body = root;
  find_byline (&ex, body, 0);
  fill_metadata (&ex, a);

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
  g_hash_table_unref (ex.meta);
  g_free (ex.ld_headline);
  g_free (ex.ld_date);
  g_free (ex.ld_author);
  g_free (ex.ld_publisher);
  g_free (ex.ld_url);
  g_free (ex.h1);
  g_free (ex.time_attr);
  g_free (ex.byline_text);
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

  if (article->paragraphs->len == 0)
    {
      g_set_error (error, PX_IMPORT_ERROR, PX_IMPORT_ERROR_EMPTY,
                   _("“%s” is a web page with no article text in it"), name);
      return NULL;
    }
  text = px_html_article_text (article, TRUE);
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
