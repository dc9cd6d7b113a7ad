/* px-document.c: one article: its text, paragraphs and outlet label
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-furniture.h"
#include "px-document.h"
#include "px-outlet-names.h"
#include "px-tokenizer.h"

struct _PxDocument
{
  GObject parent_instance;

  char *text;
  gsize len;
  char *outlet;
  char *source;
  char *title;
  int title_paragraph;  /* the paragraph the title is, -1 when all is furniture */
  GArray *paragraphs;   /* of PxParagraph */
  gsize n_words;
  GArray *tokens;       /* of PxToken, every paragraph's in order, once asked for */
  guint *token_start;   /* paragraph -> its first token; one more for the end */
  gsize tokens_done;    /* g_once_init_enter() guard of the two */

  /* What the importer learnt about the source (issue 6). */
  char *headline;
  char *site;
  char *author;
  char *date;
  char *origin;         /* URI of the file read, for reloading */
  gint64 origin_mtime;  /* its modification time, microseconds */
  GBytes *page;         /* the web page as fetched, kept for reopening offline */
  GPtrArray *notices;   /* of char*, what the importer changed */
  gboolean primary_source; /* a transcript or statement, not an outlet (issue 17) */
};

G_DEFINE_FINAL_TYPE (PxDocument, px_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_OUTLET,
  PROP_SOURCE,
  PROP_TITLE,
  PROP_N_WORDS,
  PROP_PRIMARY_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* g_set_str() is GLib 2.76; this is the same for 2.74. */
static gboolean
set_str (char **ptr, const char *value)
{
  if (g_strcmp0 (*ptr, value) == 0)
    return FALSE;
  g_free (*ptr);
  *ptr = g_strdup (value);
  return TRUE;
}

/* @outlet made an outlet label ending in @suffix: valid UTF-8 on one
 * line, control characters made spaces, and cut with "…" before the
 * suffix when the whole is longer than PX_DOCUMENT_MAX_OUTLET. */
static char *
outlet_label (const char *outlet,
              const char *suffix)
{
  g_autofree char *valid = g_utf8_make_valid (outlet ? outlet : "", -1);
  glong room = PX_DOCUMENT_MAX_OUTLET - g_utf8_strlen (suffix, -1);
  GString *label = g_string_new (NULL);

  for (char *p = valid; *p; p++)
    if ((guchar) *p < 0x20 || *p == 0x7F)
      *p = ' ';
  if (g_utf8_strlen (valid, -1) > room)
    {
      g_string_append_len (label, valid, g_utf8_offset_to_pointer (valid, room - 1) - valid);
      g_string_append (label, "…");
    }
  else
    g_string_append (label, valid);
  g_string_append (label, suffix);
  return g_string_free (label, FALSE);
}

/* Lines longer than this are never taken for hard-wrapped text. */
#define WRAP_MAX_WIDTH 100
#define WRAP_MIN_WIDTH 60

typedef struct {
  gsize start;       /* first non-blank byte */
  gsize end;         /* past the last non-blank byte */
  guint chars;       /* length in characters, trimmed */
  guint first_word;  /* length of the first word in characters */
  gboolean bullet;   /* starts like a list item */
} Line;

static gboolean
is_blank_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xFEFF || c == 0x200B;
}

static gboolean
starts_like_list_item (const char *p, const char *end)
{
  gunichar c = g_utf8_get_char (p);

  if (c == 0x2022 || c == 0x25AA || c == 0x25CF || c == 0x2023 || c == 0x00B7 ||
      c == 0x25E6 || c == 0x2013 || c == 0x2014)
    return TRUE;
  if ((c == '-' || c == '*' || c == '+') && p + 1 < end && p[1] == ' ')
    return TRUE;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (p < end && g_ascii_isdigit (*p))
    p++;
  return p + 1 < end && (*p == '.' || *p == ')') && p[1] == ' ';
}

static void
measure_line (const char *text, gsize ls, gsize le, Line *line)
{
  const char *p = text + ls;
  const char *end = text + le;
  const char *last = NULL;
  guint chars = 0, chars_to_last = 0;
  guint first_word = 0;
  gboolean in_first = FALSE, seen_first = FALSE;

  while (p < end && is_blank_char (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  line->start = p - text;
  line->bullet = p < end && starts_like_list_item (p, end);

  for (; p < end; p = g_utf8_next_char (p))
    {
      guchar b = *p;
      gboolean blank = b < 0x80 ? g_ascii_isspace (b) : is_blank_char (g_utf8_get_char (p));

      chars++;
      if (!blank)
        last = p, chars_to_last = chars;
      if (!seen_first && !blank)
        in_first = seen_first = TRUE;
      if (in_first && blank)
        in_first = FALSE;
      if (in_first)
        first_word++;
    }

  line->end = last ? (gsize) (g_utf8_next_char (last) - text) : line->start;
  line->chars = chars_to_last;
  line->first_word = first_word;
}

/* Decides whether a block of lines was hard-wrapped at a fixed width,
 * as plain-text mail and some saved pages are. */
static gboolean
block_is_wrapped (const Line *lines, guint n, guint *width)
{
  guint full = 0;

  *width = 0;
  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    *width = MAX (*width, lines[i].chars);
  if (*width < WRAP_MIN_WIDTH || *width > WRAP_MAX_WIDTH)
    return FALSE;
  for (guint i = 0; i + 1 < n; i++)
    full += lines[i].chars * 4 >= *width * 3;
  return full * 2 >= n - 1;
}

static void
add_paragraph (GArray *out, const char *text, gsize start, gsize end, guint flags)
{
  PxParagraph p = { start, end, 0, flags };

  if (end <= start)
    return;
  p.n_words = px_count_words (text + start, end - start);
  g_array_append_val (out, p);
}

static void
split_block (GArray *out, const char *text, const Line *lines, guint n)
{
  guint width;
  gsize para_start = lines[0].start;
  gboolean joined = FALSE;

  if (!block_is_wrapped (lines, n, &width))
    {
      for (guint i = 0; i < n; i++)
        add_paragraph (out, text, lines[i].start, lines[i].end, 0);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      /* A line ends its paragraph when the next line's first word would
       * have fitted on it, or when the next line starts a list item. */
      gboolean last = i + 1 == n;
      gboolean ends = last ||
                      lines[i + 1].bullet ||
                      lines[i].chars + 1 + lines[i + 1].first_word <= width;

      if (!ends)
        {
          joined = TRUE;
          continue;
        }
      add_paragraph (out, text, para_start, lines[i].end,
                     joined ? PX_PARAGRAPH_WRAPPED : 0);
      joined = FALSE;
      if (!last)
        para_start = lines[i + 1].start;
    }
}

GArray *
px_split_paragraphs (const char *text,
                     gsize       len)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (PxParagraph));
  GArray *block = g_array_new (FALSE, FALSE, sizeof (Line));
  gsize pos = 0;

  g_return_val_if_fail (text != NULL || len == 0, out);

  while (pos < len)
    {
      gsize ls = pos, le;
      Line line;

      while (pos < len && text[pos] != '\n' && text[pos] != '\r')
        pos++;
      le = pos;
      if (pos < len && text[pos] == '\r' && pos + 1 < len && text[pos + 1] == '\n')
        pos += 2;
      else if (pos < len)
        pos++;

      measure_line (text, ls, le, &line);
      if (line.chars == 0)
        {
          if (block->len > 0)
            split_block (out, text, (Line *) (gpointer) block->data, block->len);
          g_array_set_size (block, 0);
          continue;
        }
      g_array_append_val (block, line);
    }
  if (block->len > 0)
    split_block (out, text, (Line *) (gpointer) block->data, block->len);

  g_array_unref (block);
  return out;
}

static char *
dup_joined (const char *text, gsize start, gsize end)
{
  GString *s = g_string_sized_new (end - start);

  for (gsize i = start; i < end; i++)
    {
      if (text[i] == '\r' || text[i] == '\n')
        {
          while (s->len > 0 && s->str[s->len - 1] == ' ')
            g_string_truncate (s, s->len - 1);
          while (i + 1 < end && (text[i + 1] == '\n' || text[i + 1] == '\r' ||
                                 text[i + 1] == ' ' || text[i + 1] == '\t'))
            i++;
          g_string_append_c (s, ' ');
        }
      else
        g_string_append_c (s, text[i]);
    }
  return g_string_free (s, FALSE);
}

static void
px_document_finalize (GObject *object)
{
  PxDocument *self = (PxDocument *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->outlet, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->paragraphs, g_array_unref);
  g_clear_pointer (&self->tokens, g_array_unref);
  g_clear_pointer (&self->token_start, g_free);
  g_clear_pointer (&self->headline, g_free);
  g_clear_pointer (&self->site, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->page, g_bytes_unref);
  g_clear_pointer (&self->notices, g_ptr_array_unref);

  G_OBJECT_CLASS (px_document_parent_class)->finalize (object);
}

static void
px_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PxDocument *self = PX_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_N_WORDS:
      g_value_set_uint64 (value, self->n_words);
      break;
    case PROP_PRIMARY_SOURCE:
      g_value_set_boolean (value, self->primary_source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PxDocument *self = PX_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_OUTLET:
      px_document_set_outlet (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      px_document_set_source (self, g_value_get_string (value));
      break;
    case PROP_PRIMARY_SOURCE:
      px_document_set_primary_source (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_document_class_init (PxDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = px_document_finalize;
  object_class->get_property = px_document_get_property;
  object_class->set_property = px_document_set_property;

  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_WORDS] =
    g_param_spec_uint64 ("n-words", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRIMARY_SOURCE] =
    g_param_spec_boolean ("primary-source", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_document_init (PxDocument *self)
{
}

/**
 * px_document_new:
 * @text: the article, valid UTF-8
 * @len: its length in bytes, or -1 when NUL-terminated
 * @outlet: (nullable): the outlet label
 *
 * Returns: (transfer full): a document holding a copy of @text
 */
PxDocument *
px_document_new (const char *text,
                 gssize      len,
                 const char *outlet)
{
  PxDocument *self;

  g_return_val_if_fail (text != NULL, NULL);

  if (len < 0)
    len = strlen (text);
  g_return_val_if_fail ((gsize) len < G_MAXUINT32, NULL);

  self = g_object_new (PX_TYPE_DOCUMENT, NULL);
  self->text = g_strndup (text, len);
  self->len = len;
  self->outlet = outlet_label (outlet, "");
  self->paragraphs = px_split_paragraphs (self->text, self->len);
  self->title_paragraph = -1;

  for (guint i = 0; i < self->paragraphs->len; i++)
    self->n_words += g_array_index (self->paragraphs, PxParagraph, i).n_words;
  /* The title is the first paragraph past page furniture ("Skip to
   * content"), or the first paragraph when all of them look like it. */
  for (guint i = 0; i < self->paragraphs->len && self->title == NULL; i++)
    {
      const PxParagraph *p = &g_array_index (self->paragraphs, PxParagraph, i);

      if (px_furniture_kind (self->text + p->start, p->end - p->start) == PX_FURNITURE_NONE)
        {
          self->title = px_document_dup_paragraph_text (self, i);
          self->title_paragraph = i;
        }
    }
  if (self->title == NULL)
    self->title = self->paragraphs->len > 0 ? px_document_dup_paragraph_text (self, 0)
                                            : g_strdup ("");
  return self;
}

const char *
px_document_get_text (PxDocument *self,
                      gsize      *len)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);

  if (len)
    *len = self->len;
  return self->text;
}

const char *
px_document_get_outlet (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);

  return self->outlet;
}

void
px_document_set_outlet (PxDocument *self,
                        const char *outlet)
{
  g_autofree char *label = NULL;

  g_return_if_fail (PX_IS_DOCUMENT (self));

  label = outlet_label (outlet, "");
  if (set_str (&self->outlet, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTLET]);
}

const char *
px_document_get_source (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);

  return self->source;
}

void
px_document_set_source (PxDocument *self,
                        const char *source)
{
  g_return_if_fail (PX_IS_DOCUMENT (self));

  if (set_str (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
px_document_get_title (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);

  return self->title;
}

/**
 * px_document_get_title_paragraph:
 *
 * Returns: the paragraph taken for the title: the first past the page's
 *   furniture, or -1 when every paragraph looks like furniture
 */
int
px_document_get_title_paragraph (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), -1);

  return self->title_paragraph;
}

guint
px_document_get_n_paragraphs (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), 0);

  return self->paragraphs->len;
}

const PxParagraph *
px_document_get_paragraph (PxDocument *self,
                           guint       index)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->paragraphs->len, NULL);

  return &g_array_index (self->paragraphs, PxParagraph, index);
}

/* Returns the paragraph's text with hard-wrapped lines joined by spaces. */
char *
px_document_dup_paragraph_text (PxDocument *self,
                                guint       index)
{
  const PxParagraph *p = px_document_get_paragraph (self, index);

  g_return_val_if_fail (p != NULL, NULL);

  if (p->flags & PX_PARAGRAPH_WRAPPED)
    return dup_joined (self->text, p->start, p->end);
  return g_strndup (self->text + p->start, p->end - p->start);
}

static void
tokenize_paragraphs (PxDocument *self)
{
  guint n = self->paragraphs->len;
  /* About one token in four bytes of English (words and the spaces
   * between them). */
  GArray *tokens = g_array_sized_new (FALSE, FALSE, sizeof (PxToken), self->len / 4 + 16);
  guint *start = g_new (guint, n + 1);

  for (guint i = 0; i < n; i++)
    {
      const PxParagraph *p = &g_array_index (self->paragraphs, PxParagraph, i);

      start[i] = tokens->len;
      px_tokenize (self->text + p->start, p->end - p->start, p->start, tokens);
    }
  start[n] = tokens->len;
  self->tokens = tokens;
  self->token_start = start;
}

const PxToken *
px_document_get_paragraph_tokens (PxDocument *self,
                                  guint       index,
                                  guint      *n_tokens)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->paragraphs->len, NULL);
  g_return_val_if_fail (n_tokens != NULL, NULL);

  if (g_once_init_enter (&self->tokens_done))
    {
      tokenize_paragraphs (self);
      g_once_init_leave (&self->tokens_done, 1);
    }
  *n_tokens = self->token_start[index + 1] - self->token_start[index];
  return &g_array_index (self->tokens, PxToken, self->token_start[index]);
}

const PxToken *
px_document_get_tokens (PxDocument *self,
                        guint      *n_tokens)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_tokens != NULL, NULL);

  *n_tokens = 0;
  if (self->paragraphs->len == 0)
    return NULL;
  if (g_once_init_enter (&self->tokens_done))
    {
      tokenize_paragraphs (self);
      g_once_init_leave (&self->tokens_done, 1);
    }
  *n_tokens = self->tokens->len;
  return (const PxToken *) (gconstpointer) self->tokens->data;
}

gsize
px_document_get_n_words (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), 0);

  return self->n_words;
}

char *
px_outlet_from_filename (const char *basename)
{
  g_autofree char *stem = NULL;
  const char *p, *known;
  char *dot;

  g_return_val_if_fail (basename != NULL, NULL);

  /* The name as written, past leading dots and without its extension. */
  for (p = basename; *p == '.'; p++)
    ;
  stem = g_strdup (*p ? p : basename);
  dot = strrchr (stem, '.');
  if (dot && dot != stem)
    *dot = '\0';

  /* Past a numbering prefix such as "1-" or "02_" when a name follows
   * ("2-cnn"), not when more numbers do ("1_1ecbplus" stays whole). */
  p = stem;
  while (g_ascii_isdigit (*p))
    p++;
  if (p != stem && (*p == '-' || *p == '_' || *p == ' ' || *p == '.') &&
      g_unichar_isalpha (g_utf8_get_char_validated (p + 1, -1)))
    p++;
  else
    p = stem;

  /* An outlet known by another spelling is written its own way
   * ("cnsnews": CNSNews); else the name stays as the file writes it. */
  known = px_outlet_known_spelling (p);
  return g_strdup (known ? known : p);
}

/* Source metadata.  The importer fills these in from what it finds in the
 * file (a web page's headline, site name, byline and date); a plain text
 * file leaves them unset.  They are informative only: the text and its
 * paragraphs are what the engine compares. */

const char *
px_document_get_headline (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  return self->headline;
}

void
px_document_set_headline (PxDocument *self,
                          const char *value)
{
  g_return_if_fail (PX_IS_DOCUMENT (self));
  set_str (&self->headline, value && *value ? value : NULL);
}

const char *
px_document_get_site (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  return self->site;
}

void
px_document_set_site (PxDocument *self,
                      const char *value)
{
  g_return_if_fail (PX_IS_DOCUMENT (self));
  set_str (&self->site, value && *value ? value : NULL);
}

const char *
px_document_get_author (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  return self->author;
}

void
px_document_set_author (PxDocument *self,
                        const char *value)
{
  g_return_if_fail (PX_IS_DOCUMENT (self));
  set_str (&self->author, value && *value ? value : NULL);
}

const char *
px_document_get_date (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);
  return self->date;
}

void
px_document_set_date (PxDocument *self,
                      const char *value)
{
  g_return_if_fail (PX_IS_DOCUMENT (self));
  set_str (&self->date, value && *value ? value : NULL);
}

const char *
px_document_get_origin (PxDocument *self,
                        gint64     *mtime)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);

  if (mtime)
    *mtime = self->origin_mtime;
  return self->origin;
}

void
px_document_set_origin (PxDocument *self,
                        const char *uri,
                        gint64      mtime)
{
  g_return_if_fail (PX_IS_DOCUMENT (self));

  set_str (&self->origin, uri);
  self->origin_mtime = mtime;
}

GBytes *
px_document_get_page (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), NULL);

  return self->page;
}

void
px_document_set_page (PxDocument *self,
                      GBytes     *page)
{
  g_return_if_fail (PX_IS_DOCUMENT (self));

  if (page)
    g_bytes_ref (page);
  g_clear_pointer (&self->page, g_bytes_unref);
  self->page = page;
}

void
px_document_add_notice (PxDocument *self,
                        const char *notice)
{
  g_return_if_fail (PX_IS_DOCUMENT (self));
  g_return_if_fail (notice != NULL);

  if (self->notices == NULL)
    self->notices = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->notices, g_strdup (notice));
}

/* Returns the notices in the order they were added; never NULL. */
const char * const *
px_document_get_notices (PxDocument *self,
                         guint      *n_notices)
{
  static const char *none[] = { NULL };

  g_return_val_if_fail (PX_IS_DOCUMENT (self), none);

  if (self->notices == NULL || self->notices->len == 0)
    {
      if (n_notices)
        *n_notices = 0;
      return none;
    }
  if (n_notices)
    *n_notices = self->notices->len;
  /* Keep the array NULL-terminated for callers that iterate to NULL. */
  g_ptr_array_add (self->notices, NULL);
  g_ptr_array_set_size (self->notices, self->notices->len - 1);
  return (const char * const *) self->notices->pdata;
}

/**
 * px_documents_make_outlets_unique:
 * @docs: (array length=n_docs): documents compared together
 *
 * Gives each document an outlet label no other has, so that columns and
 * reports can be told apart: a second "CNN" becomes "CNN (2)".
 */
void
px_documents_make_outlets_unique (PxDocument **docs,
                                  guint        n_docs)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_docs; i++)
    {
      const char *outlet = px_document_get_outlet (docs[i]);
      g_autofree char *label = g_strdup (outlet);

      for (guint k = 2; g_hash_table_contains (seen, label); k++)
        {
          g_autofree char *suffix = g_strdup_printf (" (%u)", k);

          g_free (label);
          label = outlet_label (outlet, suffix);
        }
      if (!g_str_equal (label, outlet))
        px_document_set_outlet (docs[i], label);
      g_hash_table_add (seen, g_steal_pointer (&label));
    }
}

/**
 * px_document_set_primary_source:
 *
 * Marks the document as a primary source (a transcript, a speech, a
 * press release): the quotations of the articles are checked against
 * it, and it is not compared as an outlet.
 */
void
px_document_set_primary_source (PxDocument *self,
                                gboolean    primary_source)
{
  g_return_if_fail (PX_IS_DOCUMENT (self));

  if (self->primary_source == !!primary_source)
    return;
  self->primary_source = !!primary_source;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIMARY_SOURCE]);
}

gboolean
px_document_get_primary_source (PxDocument *self)
{
  g_return_val_if_fail (PX_IS_DOCUMENT (self), FALSE);

  return self->primary_source;
}
