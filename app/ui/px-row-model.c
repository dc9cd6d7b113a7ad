/* px-row-model.c: the rows a comparison view shows, as a list model
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A comparison of long articles has thousands of rows, of which the view
 * binds a screenful: the model keeps plain row numbers and makes an item
 * object only when the view asks for one.  The row numbers are those of
 * the PxComparison, in order, with hidden rows (furniture) left out.
 */
#include "config.h"

#include "px-row-model.h"

struct _PxRowItem
{
  GObject parent_instance;
  guint row;
};

G_DEFINE_FINAL_TYPE (PxRowItem, px_row_item, G_TYPE_OBJECT)

static void
px_row_item_class_init (PxRowItemClass *klass)
{
}

static void
px_row_item_init (PxRowItem *self)
{
}

guint
px_row_item_get_row (PxRowItem *self)
{
  g_return_val_if_fail (PX_IS_ROW_ITEM (self), 0);

  return self->row;
}

struct _PxRowModel
{
  GObject parent_instance;
  GArray *rows;   /* of guint, ascending */
};

static GType
px_row_model_get_item_type (GListModel *model)
{
  return PX_TYPE_ROW_ITEM;
}

static guint
px_row_model_get_n_items (GListModel *model)
{
  return PX_ROW_MODEL (model)->rows->len;
}

static gpointer
px_row_model_get_item (GListModel *model,
                       guint       position)
{
  PxRowModel *self = PX_ROW_MODEL (model);
  PxRowItem *item;

  if (position >= self->rows->len)
    return NULL;
  item = g_object_new (PX_TYPE_ROW_ITEM, NULL);
  item->row = g_array_index (self->rows, guint, position);
  return item;
}

static void
px_row_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = px_row_model_get_item_type;
  iface->get_n_items = px_row_model_get_n_items;
  iface->get_item = px_row_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (PxRowModel, px_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, px_row_model_list_model_init))

static void
px_row_model_finalize (GObject *object)
{
  PxRowModel *self = (PxRowModel *) object;

  g_array_unref (self->rows);
  G_OBJECT_CLASS (px_row_model_parent_class)->finalize (object);
}

static void
px_row_model_class_init (PxRowModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_row_model_finalize;
}

static void
px_row_model_init (PxRowModel *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (guint));
}

PxRowModel *
px_row_model_new (void)
{
  return g_object_new (PX_TYPE_ROW_MODEL, NULL);
}

/**
 * px_row_model_set_rows:
 * @rows: (array length=n_rows): comparison rows, ascending
 *
 * Replaces the whole list: every bound row is bound afresh.
 */
void
px_row_model_set_rows (PxRowModel  *self,
                       const guint *rows,
                       guint        n_rows)
{
  guint removed;

  g_return_if_fail (PX_IS_ROW_MODEL (self));
  g_return_if_fail (rows != NULL || n_rows == 0);

  removed = self->rows->len;
  g_array_set_size (self->rows, 0);
  g_array_append_vals (self->rows, rows, n_rows);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, n_rows);
}

/**
 * px_row_model_update_rows:
 * @rows: (array length=n_rows): comparison rows, ascending
 *
 * Changes the list to @rows as a few insertions and removals where the
 * two differ, so that a list view keeps (and does not bind again) the
 * rows that stay, and its place among them.
 */
void
px_row_model_update_rows (PxRowModel  *self,
                          const guint *rows,
                          guint        n_rows)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (guint) * 4);
  const guint *old;
  guint i = 0, j = 0, n_old;

  g_return_if_fail (PX_IS_ROW_MODEL (self));
  g_return_if_fail (rows != NULL || n_rows == 0);

  /* The runs where the lists differ: (old start, removed, new start, added). */
  old = (const guint *) (gpointer) self->rows->data;
  n_old = self->rows->len;
  while (i < n_old || j < n_rows)
    {
      guint run[4] = { i, 0, j, 0 };

      if (i < n_old && j < n_rows && old[i] == rows[j])
        {
          i++, j++;
          continue;
        }
      while ((i < n_old || j < n_rows) && !(i < n_old && j < n_rows && old[i] == rows[j]))
        {
          if (j >= n_rows || (i < n_old && old[i] < rows[j]))
            i++, run[1]++;
          else
            j++, run[3]++;
        }
      g_array_append_vals (runs, run, 1);
    }
  /* From the last run back: the places of those before stay as they were. */
  for (guint k = runs->len; k-- > 0;)
    {
      const guint *run = (const guint *) (gpointer) (runs->data + (gsize) k * sizeof (guint) * 4);

      if (run[1] > 0)
        g_array_remove_range (self->rows, run[0], run[1]);
      if (run[3] > 0)
        g_array_insert_vals (self->rows, run[0], rows + run[2], run[3]);
      g_list_model_items_changed (G_LIST_MODEL (self), run[0], run[1], run[3]);
    }
}

guint
px_row_model_get_row (PxRowModel *self,
                      guint       position)
{
  g_return_val_if_fail (PX_IS_ROW_MODEL (self), 0);
  g_return_val_if_fail (position < self->rows->len, 0);

  return g_array_index (self->rows, guint, position);
}

/**
 * px_row_model_find:
 * @position: (out) (optional): where @row stands, or where the first
 *   shown row after it stands when @row is hidden
 *
 * Returns: whether @row is shown
 */
gboolean
px_row_model_find (PxRowModel *self,
                   guint       row,
                   guint      *position)
{
  guint lo = 0, hi;

  g_return_val_if_fail (PX_IS_ROW_MODEL (self), FALSE);

  hi = self->rows->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->rows, guint, mid) < row)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (position)
    *position = lo;
  return lo < self->rows->len && g_array_index (self->rows, guint, lo) == row;
}
