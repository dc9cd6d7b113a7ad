/* test-cli-hostile.c: parallax-cli against hostile and runaway inputs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case must end with a correct result or a one-line message naming
 * the file and exit status 2: no crash (cli-run fails the test on a
 * signal), no hang (the test's time-out), no runaway memory (the
 * commands run under an address-space limit, see run_limited()).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli-run.h"

/* PX_COMPARE_MAX_DOCUMENTS, as the README documents it. */
#define PX_MAX_ARTICLES_TEST 100

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static char *
write_tmp (const char *name, const char *data, gssize len)
{
  char *path = tmp_path (name);

  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return path;
}

/* A refusal: status 2 and one line on stderr that names @what. */
static void
assert_refused (const Run *run, const char *what)
{
  g_assert_cmpint (run->status, ==, 2);
  g_assert_true (g_str_has_prefix (run->err, "parallax-cli: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (what)
    g_assert_nonnull (strstr (run->err, what));
}

/* --- files that are not regular files -------------------------------------- */

static void
test_device (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_auto(Run) info = { 0 };
  g_auto(Run) diff = { 0 };

  /* /dev/zero never ends: read up to the limit, then refused. */
  run_cli (&info, "info", "/dev/zero", NULL);
  assert_refused (&info, "“/dev/zero”");
  g_assert_nonnull (strstr (info.err, "64 MiB"));
  run_cli (&diff, "diff", "/dev/zero", cnn, NULL);
  assert_refused (&diff, "“/dev/zero”");
}

static void
test_fifo_without_writer (void)
{
  g_autofree char *fifo = tmp_path ("nobody-writes.txt");
  g_autofree char *session = tmp_path ("nobody-writes.parallax");
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_auto(Run) info = { 0 };
  g_auto(Run) compare = { 0 };
  g_auto(Run) diff = { 0 };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (mkfifo (session, 0600), ==, 0);
  run_cli (&info, "info", fifo, NULL);
  assert_refused (&info, "nobody-writes.txt");
  g_assert_nonnull (strstr (info.err, "empty"));
  run_cli (&compare, "compare", session, NULL);
  assert_refused (&compare, "nobody-writes.parallax");
  /* diff takes an empty text as a text. */
  run_cli (&diff, "diff", "--stats", fifo, cnn, NULL);
  g_assert_cmpint (diff.status, ==, 1);
  g_remove (fifo);
  g_remove (session);
}

static gpointer
write_forever (gpointer path)
{
  static char block[1 << 16];
  int fd = g_open (path, O_WRONLY, 0);

  memset (block, 'a', sizeof block);
  if (fd >= 0)
    {
      /* Until the reader goes (EPIPE: SIGPIPE is ignored). */
      while (write (fd, block, sizeof block) > 0)
        ;
      close (fd);
    }
  return NULL;
}

static void
test_endless_pipe (void)
{
  g_autofree char *fifo = tmp_path ("endless.txt");
  g_auto(Run) run = { 0 };
  GThread *writer;

  /* A pipe that never ends, as a file growing while it is read: the
   * limit is kept by reading, not by a size asked for first. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  writer = g_thread_new ("writer", write_forever, fifo);
  run_cli (&run, "info", fifo, NULL);
  g_thread_join (writer);
  assert_refused (&run, "endless.txt");
  g_assert_nonnull (strstr (run.err, "64 MiB"));
  g_remove (fifo);
}

/* --- JSON nested too deep ------------------------------------------------- */

static char *
brackets (gsize n)
{
  char *s = g_malloc (n + 1);

  memset (s, '[', n);
  s[n] = '\0';
  return s;
}

static void
test_deep_session (void)
{
  g_autofree char *deep = brackets (100000);
  g_autofree char *path = write_tmp ("deep.parallax", deep, -1);
  g_auto(Run) run = { 0 };

  run_cli (&run, "compare", path, NULL);
  assert_refused (&run, "deep.parallax");
}

static void
test_deep_json_ld (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *text = NULL;
  g_autofree char *deep = brackets (100000);
  g_autofree char *page = NULL;
  g_autofree char *path = NULL;
  g_auto(Run) run = { 0 };
  g_auto(GStrv) paras = NULL;
  g_autofree char *body = NULL;

  g_assert_true (g_file_get_contents (cnn, &text, NULL, NULL));
  paras = g_strsplit (text, "\n\n", -1);
  body = g_strjoinv ("</p><p>", paras);
  page = g_strdup_printf ("<html><head><title>Kerry</title><script type=\"application/ld+json\">%s</script>"
                          "</head><body><article><p>%s</p></article></body></html>", deep, body);
  path = write_tmp ("deep-ld.html", page, -1);
  /* The JSON-LD is left out; the article is read. */
  run_cli (&run, "info", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "paragraphs: "));
  g_assert_cmpstr (run.err, ==, "");
}

/* --- sessions ------------------------------------------------------------- */

static char *
session_with (const char *articles)
{
  return g_strdup_printf ("{\"format\": \"parallax-comparison\", \"version\": 1, \"reference\": 0, "
                          "\"articles\": [%s]}", articles);
}

static void
test_session_limits (void)
{
  GString *many = g_string_new (NULL);
  GString *big = g_string_new ("{\"text\": \"");
  GString *outlet = g_string_new ("{\"text\": \"Some words.\", \"outlet\": \"");
  struct { const char *name; char *articles; const char *what; } cases[] = {
    { "many.parallax", NULL, "101" },
    { "big.parallax", NULL, "longer than" },
    { "outlet.parallax", NULL, "outlet name" },
    { "nul.parallax", g_strdup ("{\"text\": \"cut \\u0000 here\"}"), "control characters" },
    { "bell.parallax", g_strdup ("{\"text\": \"a bell \\u0007 rings\"}"), "control characters" },
  };

  for (guint i = 0; i <= PX_MAX_ARTICLES_TEST; i++)
    g_string_append_printf (many, "%s{\"text\": \"Article %u.\"}", i ? ", " : "", i);
  for (guint i = 0; i < 300000; i++)
    g_string_append (big, "word ");
  g_string_append (big, "\"}");
  for (guint i = 0; i < 1000; i++)
    g_string_append_c (outlet, 'X');
  g_string_append (outlet, "\"}");
  cases[0].articles = g_string_free (many, FALSE);
  cases[1].articles = g_string_free (big, FALSE);
  cases[2].articles = g_string_free (outlet, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = session_with (cases[i].articles);
      g_autofree char *path = write_tmp (cases[i].name, json, -1);
      g_auto(Run) run = { 0 };

      run_cli (&run, "compare", path, NULL);
      assert_refused (&run, cases[i].name);
      g_assert_nonnull (strstr (run.err, cases[i].what));
      g_free (cases[i].articles);
    }
}

/* --- articles too long for the work they make ------------------------------ */

static void
test_text_limits (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  GString *line = g_string_new (NULL);
  GString *long_text = g_string_new (NULL);
  g_autofree char *line_path = NULL;
  g_autofree char *text_path = NULL;
  g_auto(Run) one = { 0 };
  g_auto(Run) two = { 0 };
  g_auto(Run) quotes = { 0 };

  while (line->len <= 300 * 1024)
    g_string_append (line, "one long line of words ");
  while (long_text->len <= 1100 * 1024)
    g_string_append (long_text, "A paragraph of a very long article.\n\n");
  line_path = write_tmp ("line.txt", line->str, line->len);
  text_path = write_tmp ("long.txt", long_text->str, long_text->len);
  g_string_free (line, TRUE);
  g_string_free (long_text, TRUE);

  run_cli (&one, "compare", line_path, cnn, NULL);
  assert_refused (&one, "line.txt");
  g_assert_nonnull (strstr (one.err, "line"));
  run_cli (&two, "compare", text_path, cnn, NULL);
  assert_refused (&two, "long.txt");
  run_cli (&quotes, "quotes", cnn, text_path, NULL);
  assert_refused (&quotes, "long.txt");
}

static void
test_too_many_articles (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(Run) run = { 0 };

  g_ptr_array_add (args, "compare");
  for (guint i = 0; i <= PX_MAX_ARTICLES_TEST; i++)
    g_ptr_array_add (args, cnn);
  g_ptr_array_add (args, NULL);
  run_cli_argv (&run, NULL, (const char * const *) args->pdata);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "101 files given"));
}

/* --- web pages ------------------------------------------------------------ */

static void
test_page_limits (void)
{
  GString *attrs = g_string_new ("<html><body><div ");
  GString *deep = g_string_new ("<html><body>");
  g_autofree char *attrs_path = NULL;
  g_autofree char *deep_path = NULL;
  g_auto(Run) a = { 0 };
  g_auto(Run) d = { 0 };

  /* A million attributes took libxml2 hours; refused at once. */
  for (guint i = 0; i < 1000000; i++)
    g_string_append_printf (attrs, "a%u=1 ", i);
  g_string_append (attrs, ">Some text of an article that is long enough to count as one.</div></body></html>");
  for (guint i = 0; i < 300; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, "<p>A paragraph of an article nested deep inside a page, long enough to count.</p>");
  attrs_path = write_tmp ("attributes.html", attrs->str, attrs->len);
  deep_path = write_tmp ("deep.html", deep->str, deep->len);
  g_string_free (attrs, TRUE);
  g_string_free (deep, TRUE);

  run_cli (&a, "info", attrs_path, NULL);
  assert_refused (&a, "attributes.html");
  g_assert_nonnull (strstr (a.err, "attributes"));
  /* Refused for what it is, not as a page without text. */
  run_cli (&d, "text", deep_path, NULL);
  assert_refused (&d, "deep.html");
  g_assert_nonnull (strstr (d.err, "deep"));
}

static void
test_doctype_subset (void)
{
  const char *page =
    "<!DOCTYPE html [\n<!ENTITY x \"An entity <b>whose text</b> is no part of the page at all, none of it\">\n]>\n"
    "<html><head><title>T</title></head><body><article>"
    "<p>The first paragraph of the article, with words enough to be taken as its text.</p>"
    "<p>The second paragraph of the article, with words enough to be taken as its text too.</p>"
    "</article></body></html>";
  g_autofree char *path = write_tmp ("doctype.html", page, -1);
  g_auto(Run) run = { 0 };

  run_cli (&run, "text", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.out, "entity"));
  g_assert_null (strstr (run.out, "]>"));
  g_assert_null (strstr (run.out, "whose text"));
  g_assert_nonnull (strstr (run.out, "The first paragraph"));
}

/* --- output --------------------------------------------------------------- */

static void
test_output_is_input (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *breitbart = sample ("3-breitbart.txt");
  g_autofree char *text = NULL, *after = NULL;
  g_autofree char *a = NULL;
  g_autofree char *link = tmp_path ("link.txt");
  g_autofree char *dotted = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (cnn, &text, &len, NULL));
  a = write_tmp ("a.txt", text, len);
  g_assert_cmpint (symlink (a, link), ==, 0);
  dotted = g_strdup_printf ("%s/../%s/a.txt", tmpdir, strrchr (tmpdir, '/') + 1);
  {
    const char *outputs[] = { a, link, dotted };

    for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
      {
        g_autofree char *opt = g_strdup_printf ("--output=%s", outputs[i]);
        g_auto(Run) run = { 0 };

        run_cli (&run, "compare", opt, a, breitbart, NULL);
        assert_refused (&run, "a.txt");
        g_assert_true (g_file_get_contents (a, &after, NULL, NULL));
        g_assert_cmpstr (after, ==, text);
        g_clear_pointer (&after, g_free);
      }
  }
  g_remove (link);

  /* An article of a news-database export, named FILE#N, reads FILE. */
  {
    static const char export_text[] =
      "Talks in Vienna end without deal\n\nThe Example Times\n\nMarch 12, 2014 Wednesday\n\n"
      "Body\n\nForeign ministers met in Vienna on Tuesday and agreed on nothing.\n\nEnd of Document\n\n"
      "Ministers agree to meet again\n\nDaily Example\n\nMarch 12, 2014 Wednesday\n\nBody\n\n"
      "Ministers from six countries agreed to meet again in Vienna.\n\nEnd of Document\n";
    g_autofree char *export = write_tmp ("export.txt", export_text, -1);
    g_autofree char *first = g_strconcat (export, "#1", NULL);
    g_autofree char *second = g_strconcat (export, "#2", NULL);
    g_autofree char *opt = g_strdup_printf ("--output=%s", export);
    g_auto(Run) run = { 0 };

    run_cli (&run, "compare", opt, first, second, NULL);
    assert_refused (&run, "export.txt");
    g_assert_true (g_file_get_contents (export, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, export_text);
    g_clear_pointer (&after, g_free);
  }
}

static void
test_output_not_regular (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *breitbart = sample ("3-breitbart.txt");
  g_autofree char *real = write_tmp ("real.txt", "old", -1);
  g_autofree char *link = tmp_path ("report-link.txt");
  g_autofree char *fifo = tmp_path ("report-fifo");
  g_autofree char *written = NULL;
  g_auto(Run) dev = { 0 };
  g_auto(Run) through = { 0 };
  g_auto(Run) pipe = { 0 };
  GStatBuf st;

  /* A device is written, never replaced by a file. */
  run_cli (&dev, "compare", "--output=/dev/null", cnn, breitbart, NULL);
  g_assert_cmpint (dev.status, ==, 0);
  g_assert_cmpint (g_stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));

  /* A link is written through; the file keeps its mode. */
  g_assert_cmpint (g_chmod (real, 0600), ==, 0);
  g_assert_cmpint (symlink (real, link), ==, 0);
  {
    g_autofree char *opt = g_strdup_printf ("--output=%s", link);
    run_cli (&through, "compare", opt, cnn, breitbart, NULL);
  }
  g_assert_cmpint (through.status, ==, 0);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (real, &written, NULL, NULL));
  g_assert_true (g_str_has_prefix (written, "Comparing 2 articles"));
  g_assert_cmpint (g_stat (real, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A pipe nobody reads is refused at once, and stays a pipe. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  {
    g_autofree char *opt = g_strdup_printf ("--output=%s", fifo);
    run_cli (&pipe, "compare", opt, cnn, breitbart, NULL);
  }
  assert_refused (&pipe, "report-fifo");
  g_assert_cmpint (g_stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_remove (link);
  g_remove (fifo);
}

static void
test_stdout_full (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  const char *commands[] = { "info", "quotes", "text", "compare" };

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_autoptr(GSubprocess) proc = NULL;
      g_autofree char *err = NULL;

      g_subprocess_launcher_set_stdout_file_path (launcher, "/dev/full");
      proc = g_subprocess_launcher_spawn (launcher, NULL, g_getenv ("PARALLAX_CLI"), commands[i], cnn, NULL);
      g_assert_nonnull (proc);
      g_assert_true (g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, NULL));
      g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 2);
      g_assert_true (g_str_has_prefix (err, "parallax-cli: "));
    }
}

/* --- arguments ------------------------------------------------------------ */

static void
test_double_dash (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *text = NULL;
  g_autofree char *dash = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  gsize len;
  const char *commands[] = { "info", "text", "quotes", "compare" };

  g_assert_true (g_file_get_contents (cnn, &text, &len, NULL));
  dash = write_tmp ("-x.txt", text, len);
  g_assert_cmpint (g_chdir (tmpdir), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, commands[i], "--", "-x.txt", NULL);
      g_assert_cmpint (run.status, ==, 0);
    }
  {
    g_auto(Run) diff = { 0 };

    run_cli (&diff, "diff", "--", "-x.txt", "-x.txt", NULL);
    g_assert_cmpint (diff.status, ==, 0);
  }
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

static void
test_reference_zero (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *breitbart = sample ("3-breitbart.txt");
  g_auto(Run) run = { 0 };

  run_cli (&run, "compare", "--reference=0", cnn, breitbart, NULL);
  assert_refused (&run, "--reference=0");
}

/* --- names ---------------------------------------------------------------- */

static void
test_hostile_names (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *text = NULL;
  g_autofree char *escape = NULL;
  g_autofree char *latin = NULL;
  g_autofree char *missing = tmp_path ("gone\033[2J\nnext.txt");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) info = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) gone = { 0 };
  gsize len;

  g_assert_true (g_file_get_contents (cnn, &text, &len, NULL));
  escape = write_tmp ("evil\033[31mred\nline.txt", text, len);
  latin = write_tmp ("latin\xe9.txt", text, len);

  run_cli (&info, "info", escape, latin, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_null (strchr (info.out, '\033'));
  g_assert_true (g_utf8_validate (info.out, -1, NULL));
  run_cli (&json, "info", "--format=json", escape, latin, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_true (g_utf8_validate (json.out, -1, NULL));
  g_assert_true (json_parser_load_from_data (parser, json.out, -1, NULL));
  run_cli (&gone, "info", missing, NULL);
  assert_refused (&gone, "gone");
  g_assert_null (strchr (gone.err, '\033'));
}

static void
test_long_outlet_alignment (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *breitbart = sample ("3-breitbart.txt");
  g_autofree char *text = NULL, *other = NULL;
  g_autofree char *articles = NULL;
  g_autofree char *json = NULL;
  g_autofree char *path = NULL;
  g_autofree char *outlet = g_strnfill (80, 'O');
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;
  const char *header = NULL, *row = NULL;

  /* The 80-character name is the second article's, whose row follows. */

  g_assert_true (g_file_get_contents (cnn, &text, NULL, NULL));
  g_assert_true (g_file_get_contents (breitbart, &other, NULL, NULL));
  {
    g_autofree char *t1 = g_strescape (text, NULL);
    g_autofree char *t2 = g_strescape (other, NULL);

    articles = g_strdup_printf ("{\"text\": \"%s\", \"outlet\": \"A\"}, {\"text\": \"%s\", \"outlet\": \"%s\"}",
                                t1, t2, outlet);
  }
  json = session_with (articles);
  path = write_tmp ("outlets.parallax", json, -1);
  run_cli (&run, "compare", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (strstr (lines[i], "omitted") && strstr (lines[i], "outlet"))
      {
        header = lines[i];
        row = lines[i + 1];
        break;
      }
  g_assert_nonnull (header);
  /* The figures are right-aligned under their headings: the lines end
   * together, counted in characters. */
  g_assert_cmpint (g_utf8_strlen (header, -1), ==, g_utf8_strlen (row, -1));
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  signal (SIGPIPE, SIG_IGN);
  tmpdir = g_dir_make_tmp ("px-hostile-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/hostile/device", test_device);
  g_test_add_func ("/hostile/fifo-without-writer", test_fifo_without_writer);
  g_test_add_func ("/hostile/endless-pipe", test_endless_pipe);
  g_test_add_func ("/hostile/deep-session", test_deep_session);
  g_test_add_func ("/hostile/deep-json-ld", test_deep_json_ld);
  g_test_add_func ("/hostile/session-limits", test_session_limits);
  g_test_add_func ("/hostile/text-limits", test_text_limits);
  g_test_add_func ("/hostile/too-many-articles", test_too_many_articles);
  g_test_add_func ("/hostile/page-limits", test_page_limits);
  g_test_add_func ("/hostile/doctype-subset", test_doctype_subset);
  g_test_add_func ("/hostile/output-is-input", test_output_is_input);
  g_test_add_func ("/hostile/output-not-regular", test_output_not_regular);
  g_test_add_func ("/hostile/stdout-full", test_stdout_full);
  g_test_add_func ("/hostile/double-dash", test_double_dash);
  g_test_add_func ("/hostile/reference-zero", test_reference_zero);
  g_test_add_func ("/hostile/hostile-names", test_hostile_names);
  g_test_add_func ("/hostile/long-outlet-alignment", test_long_outlet_alignment);
  status = g_test_run ();
  g_rmdir (tmpdir);
  return status;
}
