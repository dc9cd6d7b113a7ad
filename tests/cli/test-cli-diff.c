/* test-cli-diff.c: parallax-cli diff as scripts use it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cli-run.h"

static char *tmpdir;

static char *
write_temp (const char *name, const char *data, gssize len)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_trouble (Run *run)
{
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "parallax-cli: "));
  /* One line. */
  g_assert_nonnull (strchr (run->err, '\n'));
  g_assert_cmpstr (strchr (run->err, '\n') + 1, ==, "");
}

static void
test_same (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  g_file_get_contents (cnn, &text, NULL, NULL);
  run_cli (&run, "diff", cnn, cnn, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, text);
}

static void
test_text (void)
{
  g_autofree char *a = write_temp ("a.txt", "The quick brown fox jumps.\n", -1);
  g_autofree char *b = write_temp ("b.txt", "The quick red fox jumps.\n", -1);
  g_auto(Run) plain = { 0 };
  g_auto(Run) color = { 0 };
  g_auto(Run) piped = { 0 };

  run_cli (&plain, "diff", "--color=never", a, b, NULL);
  g_assert_cmpint (plain.status, ==, 1);
  g_assert_cmpstr (plain.err, ==, "");
  g_assert_cmpstr (plain.out, ==, "The quick [-brown-]{+red+} fox jumps.\n");

  run_cli (&color, "diff", "--color=always", a, b, NULL);
  g_assert_cmpint (color.status, ==, 1);
  g_assert_nonnull (strstr (color.out, "\033[31m[-brown-]\033[m"));
  g_assert_nonnull (strstr (color.out, "\033[32m{+red+}\033[m"));

  /* auto: not a terminal here, so no colour. */
  run_cli (&piped, "diff", a, b, NULL);
  g_assert_cmpstr (piped.out, ==, plain.out);
}

/* A deleted sentence keeps its white space outside the brackets. */
static void
test_text_spacing (void)
{
  g_autofree char *a = write_temp ("s1.txt", "One. Two. Three.", -1);
  g_autofree char *b = write_temp ("s2.txt", "One. Three.", -1);
  g_auto(Run) run = { 0 };

  run_cli (&run, "diff", a, b, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "One. [-Two.-] Three.");
}

/* A change of white space only is shown as NEW has it, unmarked, but
 * still makes the texts differ. */
static void
test_text_blank (void)
{
  g_autofree char *a = write_temp ("b1.txt", "One.\n\nTwo  words.", -1);
  g_autofree char *b = write_temp ("b2.txt", "One.\nTwo words.", -1);
  g_autofree char *c = write_temp ("b3.txt", "One.\nTwo words!", -1);
  g_auto(Run) run = { 0 };
  g_auto(Run) mixed = { 0 };

  run_cli (&run, "diff", a, b, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "One.\nTwo words.");
  run_cli (&mixed, "diff", a, c, NULL);
  g_assert_cmpint (mixed.status, ==, 1);
  g_assert_cmpstr (mixed.out, ==, "One.\nTwo words[-.-]{+!+}");
}

/* The JSON ops tile both files byte for byte. */
static void
check_json_tiling (const char *out, const char *old_path, const char *new_path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) old_join = g_string_new (NULL);
  g_autoptr(GString) new_join = g_string_new (NULL);
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  gsize old_len, new_len;
  gint64 o = 0, n = 0;
  JsonArray *ops;

  g_file_get_contents (old_path, &old_text, &old_len, NULL);
  g_file_get_contents (new_path, &new_text, &new_len, NULL);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  ops = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "ops");
  g_assert_nonnull (ops);

  for (guint i = 0; i < json_array_get_length (ops); i++)
    {
      JsonObject *op = json_array_get_object_element (ops, i);
      const char *kind = json_object_get_string_member (op, "op");
      const char *text = json_object_get_string_member (op, "text");
      gint64 os = json_object_get_int_member (op, "old_start");
      gint64 oe = json_object_get_int_member (op, "old_end");
      gint64 ns = json_object_get_int_member (op, "new_start");
      gint64 ne = json_object_get_int_member (op, "new_end");

      g_assert_cmpint (os, ==, o);
      g_assert_cmpint (ns, ==, n);
      if (g_str_equal (kind, "equal"))
        {
          g_assert_cmpmem (text, strlen (text), old_text + os, oe - os);
          g_string_append (old_join, text);
          g_string_append_len (new_join, new_text + ns, ne - ns);
        }
      else if (g_str_equal (kind, "delete"))
        {
          g_assert_cmpint (ns, ==, ne);
          g_assert_cmpmem (text, strlen (text), old_text + os, oe - os);
          g_string_append (old_join, text);
        }
      else
        {
          g_assert_cmpstr (kind, ==, "insert");
          g_assert_cmpint (os, ==, oe);
          g_assert_cmpmem (text, strlen (text), new_text + ns, ne - ns);
          g_string_append (new_join, text);
        }
      o = oe;
      n = ne;
    }
  g_assert_cmpmem (old_join->str, old_join->len, old_text, old_len);
  g_assert_cmpmem (new_join->str, new_join->len, new_text, new_len);
}

static void
test_json (void)
{
  const char *names[][2] = {
    { "2-cnn.txt", "5-cnsnews.txt" },
    { "1-cnn-web-page.txt", "2-cnn.txt" },
    { "3-breitbart.txt", "4-fox8.txt" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *a = sample (names[i][0]);
      g_autofree char *b = sample (names[i][1]);
      g_auto(Run) run = { 0 };
      g_auto(Run) ws = { 0 };

      run_cli (&run, "diff", "--format=json", a, b, NULL);
      g_assert_cmpint (run.status, ==, 1);
      check_json_tiling (run.out, a, b);
      run_cli (&ws, "diff", "--format=json", "--ignore-space", "--ignore-punctuation",
               "--ignore-case", "--fold-typography", a, b, NULL);
      g_assert_cmpint (ws.status, ==, 1);
      check_json_tiling (ws.out, a, b);
    }
}

static void
test_json_awkward (void)
{
  g_autofree char *a = write_temp ("w1.txt", "Line one.\r\nCaf\xC3\xA9 \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xE7\xBE\x8E\xE5\x9B\xBD", -1);
  g_autofree char *b = write_temp ("w2.txt", "Line  one.\nCafe\xCC\x81 \xF0\x9F\x91\x8D \xE7\xBE\x8E\n", -1);
  g_auto(Run) run = { 0 };
  g_auto(Run) ws = { 0 };

  run_cli (&run, "diff", "--format=json", a, b, NULL);
  g_assert_cmpint (run.status, ==, 1);
  check_json_tiling (run.out, a, b);
  run_cli (&ws, "diff", "--format=json", "--ignore-space", a, b, NULL);
  check_json_tiling (ws.out, a, b);
}

static void
test_stats (void)
{
  g_autofree char *a = write_temp ("st1.txt", "one two three four", -1);
  g_autofree char *b = write_temp ("st2.txt", "one two five four six", -1);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  JsonObject *stats;

  run_cli (&text, "diff", "--stats", a, b, NULL);
  g_assert_cmpint (text.status, ==, 1);
  g_assert_nonnull (strstr (text.out, "kept:        3\n"));
  g_assert_nonnull (strstr (text.out, "removed:     1\n"));
  g_assert_nonnull (strstr (text.out, "added:       2\n"));
  g_assert_nonnull (strstr (text.out, "new in old:  60.0%\n"));

  run_cli (&json, "diff", "--stats", "--format=json", a, b, NULL);
  g_assert_cmpint (json.status, ==, 1);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  stats = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "stats");
  g_assert_cmpint (json_object_get_int_member (stats, "old_words"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (stats, "new_words"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (stats, "kept_words"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (stats, "removed_words"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (stats, "added_words"), ==, 2);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (stats, "new_in_old"), 0.6, 1e-9);
}

static void
test_options (void)
{
  g_autofree char *a = write_temp ("o1.txt", "\xE2\x80\x9CHello,\xE2\x80\x9D  World!\n", -1);
  g_autofree char *b = write_temp ("o2.txt", "\"hello\" world\n", -1);
  g_auto(Run) none = { 0 };
  g_auto(Run) some = { 0 };
  g_auto(Run) all = { 0 };

  run_cli (&none, "diff", a, b, NULL);
  g_assert_cmpint (none.status, ==, 1);
  run_cli (&some, "diff", "--ignore-case", "--fold-typography", a, b, NULL);
  g_assert_cmpint (some.status, ==, 1);
  run_cli (&all, "diff", "--ignore-case", "--fold-typography", "--ignore-punctuation",
           "--ignore-space", a, b, NULL);
  g_assert_cmpint (all.status, ==, 0);
  g_assert_cmpstr (all.err, ==, "");
}

static void
test_awkward_files (void)
{
  g_autofree char *empty1 = write_temp ("e1.txt", "", 0);
  g_autofree char *empty2 = write_temp ("e2.txt", "", 0);
  g_autofree char *text = write_temp ("t.txt", "Some words", -1);
  g_autofree char *bom = write_temp ("bom.txt", "\xEF\xBB\xBFSome words", -1);
  g_autofree char *utf16 = write_temp ("u16.txt", "\xFF\xFES\0o\0m\0e\0 \0w\0o\0r\0d\0s\0", 22);
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };

  run_cli (&r1, "diff", empty1, empty2, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_cmpstr (r1.out, ==, "");
  run_cli (&r2, "diff", empty1, text, NULL);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_cmpstr (r2.out, ==, "{+Some words+}");
  run_cli (&r3, "diff", bom, text, NULL);
  g_assert_cmpint (r3.status, ==, 0);
  run_cli (&r4, "diff", utf16, text, NULL);
  g_assert_cmpint (r4.status, ==, 0);
}

static void
test_trouble (void)
{
  g_autofree char *cnn = sample ("2-cnn.txt");
  g_autofree char *missing = g_build_filename (tmpdir, "missing.txt", NULL);
  g_autofree char *binary = write_temp ("bin.dat", "abc\0def", 7);
  g_autofree char *latin1 = write_temp ("latin1.txt", "caf\xE9", -1);
  g_auto(Run) r1 = { 0 };
  g_auto(Run) r2 = { 0 };
  g_auto(Run) r3 = { 0 };
  g_auto(Run) r4 = { 0 };
  g_auto(Run) r5 = { 0 };
  g_auto(Run) r6 = { 0 };
  g_auto(Run) r7 = { 0 };
  g_auto(Run) r8 = { 0 };

  run_cli (&r1, "diff", missing, cnn, NULL);
  assert_trouble (&r1);
  run_cli (&r2, "diff", cnn, NULL);
  assert_trouble (&r2);
  run_cli (&r3, "diff", cnn, cnn, cnn, NULL);
  assert_trouble (&r3);
  run_cli (&r4, "diff", "--format=xml", cnn, cnn, NULL);
  assert_trouble (&r4);
  run_cli (&r5, "diff", "--color=sometimes", cnn, cnn, NULL);
  assert_trouble (&r5);
  run_cli (&r6, "diff", binary, cnn, NULL);
  assert_trouble (&r6);
  run_cli (&r7, "diff", cnn, latin1, NULL);
  assert_trouble (&r7);
  run_cli (&r8, "diff", "--no-such-option", cnn, cnn, NULL);
  assert_trouble (&r8);
}

static void
test_help (void)
{
  g_auto(Run) top = { 0 };
  g_auto(Run) cmd = { 0 };

  run_cli (&top, "--help", NULL);
  g_assert_cmpint (top.status, ==, 0);
  g_assert_nonnull (strstr (top.out, "  diff "));
  run_cli (&cmd, "diff", "--help", NULL);
  g_assert_cmpint (cmd.status, ==, 0);
  g_assert_nonnull (strstr (cmd.out, "--ignore-punctuation"));
  g_assert_nonnull (strstr (cmd.out, "--stats"));
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("parallax-cli-diff-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/diff/same", test_same);
  g_test_add_func ("/cli/diff/text", test_text);
  g_test_add_func ("/cli/diff/text-spacing", test_text_spacing);
  g_test_add_func ("/cli/diff/text-blank", test_text_blank);
  g_test_add_func ("/cli/diff/json", test_json);
  g_test_add_func ("/cli/diff/json-awkward", test_json_awkward);
  g_test_add_func ("/cli/diff/stats", test_stats);
  g_test_add_func ("/cli/diff/options", test_options);
  g_test_add_func ("/cli/diff/awkward-files", test_awkward_files);
  g_test_add_func ("/cli/diff/trouble", test_trouble);
  g_test_add_func ("/cli/diff/help", test_help);
  status = g_test_run ();

  remove_tmpdir (tmpdir);
  return status;
}
