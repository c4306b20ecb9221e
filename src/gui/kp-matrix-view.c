/* kp-matrix-view.c: the competence matrix of a unit, drawn, with a heat map of the gaps. */
#include "config.h"

#include <glib/gi18n.h>

#include "kp-competence-stats.h"
#include "kp-competence-util.h"
#include "kp-entity-cell.h"
#include "kp-matrix-view.h"

struct _KpMatrixView
{
  GtkWidget parent_instance;

  KpDocument *document;
  gint64 unit_id;
  KpCompetenceMatrix *matrix;
  guint row;               /* the cursor: a competence */
  guint column;            /* a role, then the unit's level, then the holders */
};

G_DEFINE_FINAL_TYPE (KpMatrixView, kp_matrix_view, GTK_TYPE_WIDGET)

#define LABEL_WIDTH 210
#define CELL_WIDTH 86
#define ROW_HEIGHT 30
#define HEADER_HEIGHT 64
#define GUTTER 10
#define LEGEND_HEIGHT 36

/* Gap 0, 1, 2, 3 and more; then "not assessed" and "one holder". */
static const GdkRGBA heat[] = {
  { 0.18, 0.76, 0.49, 0.40 },
  { 0.96, 0.83, 0.18, 0.55 },
  { 1.00, 0.47, 0.00, 0.55 },
  { 0.88, 0.11, 0.14, 0.55 },
};
static const GdkRGBA unknown = { 0.5, 0.5, 0.5, 0.18 };
static const GdkRGBA flagged = { 1.00, 0.47, 0.00, 0.55 };

static guint
n_roles (KpMatrixView *self)
{
  return self->matrix != NULL ? kp_competence_matrix_n_roles (self->matrix) : 0;
}

guint
kp_matrix_view_get_n_rows (KpMatrixView *self)
{
  return self->matrix != NULL ? kp_competence_matrix_n_competences (self->matrix) : 0;
}

guint
kp_matrix_view_get_n_columns (KpMatrixView *self)
{
  return n_roles (self) + 2;
}

static double
column_x (KpMatrixView *self,
          guint         column)
{
  return LABEL_WIDTH + column * CELL_WIDTH + (column >= n_roles (self) ? GUTTER : 0);
}

static const GdkRGBA *
heat_of (int gap)
{
  return gap < 0 ? &unknown : &heat[MIN (gap, 3)];
}

/* ---- words ------------------------------------------------------------------------- */

static const char *
level_name (int level)
{
  static const char *const names[] = {
    N_("none"), N_("basic"), N_("with support"), N_("independent"), N_("can train others")
  };

  return level >= 0 && level <= 4 ? _(names[level]) : _("not assessed");
}

char *
kp_matrix_view_describe_cursor (KpMatrixView *self)
{
  KpCompetenceMatrix *m = self->matrix;
  g_autofree char *competence = NULL;
  int level;

  if (m == NULL || self->row >= kp_matrix_view_get_n_rows (self))
    return g_strdup ("");
  competence = kp_entity_dup_display_name (kp_competence_matrix_competence (m, self->row));
  level = kp_competence_matrix_level (m, self->row);
  if (self->column < n_roles (self))
    {
      g_autofree char *role = kp_entity_dup_display_name (kp_competence_matrix_role (m, self->column));
      int required = kp_competence_matrix_required (m, self->row, self->column);
      int gap = kp_competence_matrix_gap (m, self->row, self->column);

      if (required < 0)
        /* Translators: a cell of the competence matrix */
        return g_strdup_printf (_("%s, %s: no required level."), competence, role);
      if (gap < 0)
        return g_strdup_printf (_("%s, %s: requires %d (%s); the unit's level is not assessed."), competence, role,
                                required, level_name (required));
      return g_strdup_printf (_("%s, %s: requires %d (%s); the unit has %d; a gap of %d."), competence, role,
                              required, level_name (required), level, gap);
    }
  if (self->column == n_roles (self))
    {
      if (level < 0)
        return g_strdup_printf (_("%s: the unit's level is not assessed."), competence);
      return g_strdup_printf (_("%s: the unit's level is %d (%s)."), competence, level, level_name (level));
    }
  if (kp_competence_matrix_single_holder (m, self->row))
    return g_strdup_printf (_("%s: only one person holds it."), competence);
  if (kp_competence_matrix_holders (m, self->row) < 0)
    return g_strdup_printf (_("%s: holders not counted."), competence);
  return g_strdup_printf (_("%s: %d persons hold it."), competence, (int) kp_competence_matrix_holders (m, self->row));
}

static void
update_accessible (KpMatrixView *self)
{
  g_autofree char *cell = kp_matrix_view_describe_cursor (self);
  g_autofree char *text = NULL;

  if (self->matrix == NULL)
    return;
  {
    guint gaps = kp_competence_matrix_n_gaps (self->matrix), single = kp_competence_matrix_n_single_holders (self->matrix);
    /* Translators: the start of the competence matrix's summary */
    g_autofree char *gap_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u gap, the largest %d levels.",
                                                               "%u gaps, the largest %d levels.", gaps),
                                                 gaps, kp_competence_matrix_max_gap (self->matrix));
    g_autofree char *single_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u competence held by one person only.",
                                                                 "%u competences held by one person only.", single),
                                                    single);

    text = g_strjoin (" ", gap_text, single_text, cell, NULL);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

/* ---- drawing ----------------------------------------------------------------------- */

static void
text_at (GtkSnapshot   *snapshot,
         PangoLayout   *layout,
         const char    *text,
         double         x,
         double         y,
         double         width,
         double         height,
         gboolean       center,
         const GdkRGBA *color)
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, center ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y + MAX (0, (height - h) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
cell_box (GtkSnapshot   *snapshot,
          double         x,
          double         y,
          const GdkRGBA *color)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x + 2, y + 2, CELL_WIDTH - 4, ROW_HEIGHT - 4));
}

static void
draw_legend (KpMatrixView *self,
             GtkSnapshot  *snapshot,
             PangoLayout  *layout,
             double        y,
             const GdkRGBA *fg)
{
  const char *labels[] = { _("No gap"), _("1 level short"), _("2 levels short"), _("3 or more short"),
                           _("Not assessed"), _("⚠ One holder only") };
  const GdkRGBA *colors[] = { &heat[0], &heat[1], &heat[2], &heat[3], &unknown, &flagged };
  double x = 0;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      int w, h;

      gtk_snapshot_append_color (snapshot, colors[i], &GRAPHENE_RECT_INIT (x, y + 10, 16, 16));
      pango_layout_set_width (layout, -1);
      pango_layout_set_text (layout, labels[i], -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      text_at (snapshot, layout, labels[i], x + 22, y + 10, w + 2, 16, FALSE, fg);
      x += 22 + w + 18;
    }
}

static void
kp_matrix_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KpMatrixView *self = KP_MATRIX_VIEW (widget);
  KpCompetenceMatrix *m = self->matrix;
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  GdkRGBA fg, dim, stripe, accent = { 0.21, 0.52, 0.89, 1 };
  guint nr = n_roles (self), nc = kp_matrix_view_get_n_rows (self);
  double bottom;

  if (m == NULL)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  dim = fg;
  dim.alpha *= 0.55;
  stripe = fg;
  stripe.alpha = 0.04;
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -3);

  /* The header: role names, then the unit's columns. */
  for (guint c = 0; c < nr + 2; c++)
    {
      g_autofree char *name = c < nr ? kp_entity_dup_display_name (kp_competence_matrix_role (m, c))
                            : g_strdup (c == nr ? _("The unit's level") : _("Holders"));

      text_at (snapshot, layout, name, column_x (self, c) + 4, 0, CELL_WIDTH - 8, HEADER_HEIGHT, TRUE,
               c < nr ? &fg : &dim);
    }
  pango_layout_set_height (layout, -1);
  for (guint r = 0; r < nc; r++)
    {
      double y = HEADER_HEIGHT + r * ROW_HEIGHT;
      g_autofree char *name = kp_entity_dup_display_name (kp_competence_matrix_competence (m, r));
      int level = kp_competence_matrix_level (m, r);
      gint64 holders = kp_competence_matrix_holders (m, r);
      gboolean single = kp_competence_matrix_single_holder (m, r);

      if (r % 2 == 1)
        gtk_snapshot_append_color (snapshot, &stripe,
                                   &GRAPHENE_RECT_INIT (0, y, column_x (self, nr + 2), ROW_HEIGHT));
      text_at (snapshot, layout, name, 4, y, LABEL_WIDTH - (single ? 30 : 8), ROW_HEIGHT, FALSE, &fg);
      if (single)
        text_at (snapshot, layout, "⚠", LABEL_WIDTH - 24, y, 20, ROW_HEIGHT, TRUE, &fg);
      for (guint c = 0; c < nr; c++)
        {
          int required = kp_competence_matrix_required (m, r, c);
          char digits[16];

          if (required < 0)
            {
              text_at (snapshot, layout, "–", column_x (self, c), y, CELL_WIDTH, ROW_HEIGHT, TRUE, &dim);
              continue;
            }
          cell_box (snapshot, column_x (self, c), y, heat_of (kp_competence_matrix_gap (m, r, c)));
          g_snprintf (digits, sizeof digits, "%d", required);
          text_at (snapshot, layout, digits, column_x (self, c), y, CELL_WIDTH, ROW_HEIGHT, TRUE, &fg);
        }
      {
        char digits[32];

        if (level >= 0)
          g_snprintf (digits, sizeof digits, "%d", level);
        text_at (snapshot, layout, level >= 0 ? digits : "–", column_x (self, nr), y, CELL_WIDTH, ROW_HEIGHT, TRUE,
                 level >= 0 ? &fg : &dim);
        if (single)
          cell_box (snapshot, column_x (self, nr + 1), y, &flagged);
        if (holders >= 0)
          g_snprintf (digits, sizeof digits, "%d%s", (int) holders, single ? " ⚠" : "");
        text_at (snapshot, layout, holders >= 0 ? digits : "–", column_x (self, nr + 1), y, CELL_WIDTH, ROW_HEIGHT,
                 TRUE, holders >= 0 ? &fg : &dim);
      }
    }
  bottom = HEADER_HEIGHT + nc * ROW_HEIGHT;
  if (gtk_widget_has_focus (widget) && nc > 0)
    {
      GskRoundedRect outline;
      const GdkRGBA colors[4] = { accent, accent, accent, accent };
      const float widths[4] = { 2, 2, 2, 2 };

      gsk_rounded_rect_init_from_rect (&outline,
                                       &GRAPHENE_RECT_INIT (column_x (self, self->column), HEADER_HEIGHT + self->row * ROW_HEIGHT,
                                                            CELL_WIDTH, ROW_HEIGHT), 3);
      gtk_snapshot_append_border (snapshot, &outline, widths, colors);
    }
  draw_legend (self, snapshot, layout, bottom, &fg);
}

static void
kp_matrix_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  KpMatrixView *self = KP_MATRIX_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = (int) column_x (self, n_roles (self) + 2) + 4;
  else
    *minimum = *natural = HEADER_HEIGHT + (int) kp_matrix_view_get_n_rows (self) * ROW_HEIGHT + LEGEND_HEIGHT;
}

/* ---- editing ----------------------------------------------------------------------- */

static KpEntity *
find_row (KpDocument         *doc,
          const KpEntityDesc *desc,
          const char         *owner_field,
          gint64              owner,
          gint64              competence)
{
  GListModel *list = kp_document_get_list (doc, desc);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(KpEntity) e = g_list_model_get_item (list, i);

      if (kp_entity_get_int (e, owner_field) == owner && kp_entity_get_int (e, "competence-id") == competence)
        return e;
    }
  return NULL;
}

/* The required level or unit level row under the cursor, where it would be, and its desc. */
static KpEntity *
cursor_row (KpMatrixView        *self,
            const KpEntityDesc **desc,
            const char         **owner_field,
            gint64              *owner,
            gint64              *competence)
{
  *competence = kp_entity_get_id (kp_competence_matrix_competence (self->matrix, self->row));
  if (self->column < n_roles (self))
    {
      *desc = &kp_desc_required_level;
      *owner_field = "role-id";
      *owner = kp_entity_get_id (kp_competence_matrix_role (self->matrix, self->column));
    }
  else
    {
      *desc = &kp_desc_unit_level;
      *owner_field = "unit-id";
      *owner = self->unit_id;
    }
  return find_row (self->document, *desc, *owner_field, *owner, *competence);
}

static gboolean
editable_cell (KpMatrixView *self)
{
  return self->document != NULL && self->matrix != NULL && !kp_document_get_read_only (self->document) &&
         self->row < kp_matrix_view_get_n_rows (self) &&
         (self->column < n_roles (self) || (self->column == n_roles (self) && self->unit_id != 0));
}

static void
set_level (KpMatrixView *self,
           int           level)
{
  const KpEntityDesc *desc;
  const char *owner_field;
  gint64 owner, competence;
  KpEntity *row;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!editable_cell (self))
    return;
  row = cursor_row (self, &desc, &owner_field, &owner, &competence);
  if (row != NULL)
    ok = kp_document_set_int (self->document, row, "level", level, &error);
  else
    {
      g_autoptr(KpEntity) added = kp_entity_new (desc);

      kp_entity_set_int (added, owner_field, owner);
      kp_entity_set_int (added, "competence-id", competence);
      kp_entity_set_int (added, "level", level);
      ok = kp_document_add (self->document, added, &error);
    }
  if (!ok)
    kp_report_error (GTK_WIDGET (self), error);
}

static void
clear_level (KpMatrixView *self)
{
  const KpEntityDesc *desc;
  const char *owner_field;
  gint64 owner, competence;
  KpEntity *row;
  g_autoptr(GError) error = NULL;

  if (!editable_cell (self))
    return;
  row = cursor_row (self, &desc, &owner_field, &owner, &competence);
  if (row != NULL && !kp_document_remove (self->document, row, &error))
    kp_report_error (GTK_WIDGET (self), error);
}

static void
set_level_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  set_level (KP_MATRIX_VIEW (widget), CLAMP (g_variant_get_int32 (param), -1, 5));
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  clear_level (KP_MATRIX_VIEW (widget));
}

void
kp_matrix_view_set_cursor (KpMatrixView *self,
                           guint         row,
                           guint         column)
{
  guint rows = kp_matrix_view_get_n_rows (self);

  self->row = rows > 0 ? MIN (row, rows - 1) : 0;
  self->column = MIN (column, kp_matrix_view_get_n_columns (self) - 1);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
key_pressed_cb (KpMatrixView    *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  switch (keyval)
    {
    case GDK_KEY_Up:
      kp_matrix_view_set_cursor (self, self->row > 0 ? self->row - 1 : 0, self->column);
      return TRUE;
    case GDK_KEY_Down:
      kp_matrix_view_set_cursor (self, self->row + 1, self->column);
      return TRUE;
    case GDK_KEY_Left:
      kp_matrix_view_set_cursor (self, self->row, self->column > 0 ? self->column - 1 : 0);
      return TRUE;
    case GDK_KEY_Right:
      kp_matrix_view_set_cursor (self, self->row, self->column + 1);
      return TRUE;
    case GDK_KEY_Home:
      kp_matrix_view_set_cursor (self, self->row, 0);
      return TRUE;
    case GDK_KEY_End:
      kp_matrix_view_set_cursor (self, self->row, G_MAXUINT);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_BackSpace:
      clear_level (self);
      return TRUE;
    default:
      if ((keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9) || (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9))
        {
          /* 5 to 9 are refused by the document with the range in the message. */
          set_level (self, (int) (keyval >= GDK_KEY_KP_0 ? keyval - GDK_KEY_KP_0 : keyval - GDK_KEY_0));
          return TRUE;
        }
      return FALSE;
    }
}

static gboolean
cell_at (KpMatrixView *self,
         double        x,
         double        y,
         guint        *row,
         guint        *column)
{
  if (y < HEADER_HEIGHT || x < LABEL_WIDTH)
    return FALSE;
  *row = (guint) ((y - HEADER_HEIGHT) / ROW_HEIGHT);
  if (*row >= kp_matrix_view_get_n_rows (self))
    return FALSE;
  for (guint c = 0; c < kp_matrix_view_get_n_columns (self); c++)
    if (x >= column_x (self, c) && x < column_x (self, c) + CELL_WIDTH)
      {
        *column = c;
        return TRUE;
      }
  return FALSE;
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            KpMatrixView    *self)
{
  guint row, column;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (cell_at (self, x, y, &row, &column))
    kp_matrix_view_set_cursor (self, row, column);
}

static gboolean
query_tooltip_cb (KpMatrixView *self,
                  int           x,
                  int           y,
                  gboolean      keyboard,
                  GtkTooltip   *tooltip)
{
  guint row = self->row, column = self->column, keep_row = self->row, keep_column = self->column;
  g_autofree char *text = NULL;

  if (!keyboard && !cell_at (self, x, y, &row, &column))
    return FALSE;
  self->row = row;
  self->column = column;
  text = kp_matrix_view_describe_cursor (self);
  self->row = keep_row;
  self->column = keep_column;
  gtk_tooltip_set_text (tooltip, text);
  return *text != '\0';
}

/* ---- data -------------------------------------------------------------------------- */

static void
rebuild (KpMatrixView *self)
{
  g_clear_pointer (&self->matrix, kp_competence_matrix_free);
  if (self->document != NULL)
    self->matrix = kp_competence_matrix_new (self->document, self->unit_id);
  kp_matrix_view_set_cursor (self, self->row, self->column);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
kp_matrix_view_set_document (KpMatrixView *self,
                             KpDocument   *document)
{
  kp_competence_follow_document (GTK_WIDGET (self), &self->document, document, G_CALLBACK (rebuild));
  rebuild (self);
}

void
kp_matrix_view_set_unit (KpMatrixView *self,
                         gint64        unit_id)
{
  if (unit_id == self->unit_id && self->matrix != NULL)
    return;
  self->unit_id = unit_id;
  rebuild (self);
}

GtkWidget *
kp_matrix_view_new (void)
{
  return g_object_new (KP_TYPE_MATRIX_VIEW, NULL);
}

static void
kp_matrix_view_dispose (GObject *object)
{
  KpMatrixView *self = KP_MATRIX_VIEW (object);

  kp_competence_follow_document (GTK_WIDGET (self), &self->document, NULL, NULL);
  g_clear_pointer (&self->matrix, kp_competence_matrix_free);
  G_OBJECT_CLASS (kp_matrix_view_parent_class)->dispose (object);
}

static void
kp_matrix_view_class_init (KpMatrixViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kp_matrix_view_dispose;
  widget_class->snapshot = kp_matrix_view_snapshot;
  widget_class->measure = kp_matrix_view_measure;
  gtk_widget_class_set_css_name (widget_class, "kp-matrix-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_install_action (widget_class, "matrix.set-level", "i", set_level_action);
  gtk_widget_class_install_action (widget_class, "matrix.clear", NULL, clear_action);
}

static void
kp_matrix_view_init (KpMatrixView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  kp_competence_drawing_init (GTK_WIDGET (self), _("Competence matrix"), G_CALLBACK (query_tooltip_cb));
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (gtk_widget_queue_draw), NULL);
}
