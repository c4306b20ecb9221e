/* kp-timeline-render.c: a timeline scene drawn with cairo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "kp-timeline-render.h"

#define RGB(r, g, b)     { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 }
#define RGBA(r, g, b, a) { (r) / 255.0, (g) / 255.0, (b) / 255.0, (a) }
/* A translucent colour laid over a grey background in advance: weekends and holidays are
 * drawn on the rows' background and nowhere else, and an opaque fill is much cheaper to
 * draw than a translucent one (they were most of the chart's drawing time on screen). */
#define OVER_GREY(grey, r, g, b, a) RGB ((grey) + ((r) - (grey)) * (a), (grey) + ((g) - (grey)) * (a), \
                                         (grey) + ((b) - (grey)) * (a))

/* GNOME's palette: blue for work, orange for the critical path, purple for meetings, green
 * for training, red for today. */
static const KpColor light[KP_N_ROLES] = {
  [KP_ROLE_BACKGROUND] = RGB (255, 255, 255),
  [KP_ROLE_HEADER_BG] = RGB (246, 245, 244),
  [KP_ROLE_HEADER_TEXT] = RGB (61, 56, 70),
  [KP_ROLE_HEADER_LINE] = RGB (205, 199, 194),
  [KP_ROLE_GRID] = RGBA (0, 0, 0, 0.07),
  [KP_ROLE_ROW_LINE] = RGBA (0, 0, 0, 0.04),
  [KP_ROLE_WEEKEND] = OVER_GREY (255, 0, 0, 0, 0.05),
  [KP_ROLE_HOLIDAY] = OVER_GREY (255, 224, 27, 36, 0.09),
  [KP_ROLE_ROW_SELECTED] = RGBA (53, 132, 228, 0.12),
  [KP_ROLE_BAR] = RGB (153, 193, 241),
  [KP_ROLE_BAR_DONE] = RGB (28, 113, 216),
  [KP_ROLE_BAR_CRITICAL] = RGB (255, 190, 111),
  [KP_ROLE_BAR_CRITICAL_DONE] = RGB (230, 97, 0),
  [KP_ROLE_SUMMARY] = RGB (61, 56, 70),
  [KP_ROLE_MILESTONE] = RGB (26, 95, 180),
  [KP_ROLE_MILESTONE_CRITICAL] = RGB (198, 70, 0),
  [KP_ROLE_BASELINE] = RGB (154, 153, 150),
  [KP_ROLE_LINK] = RGB (119, 118, 123),
  [KP_ROLE_LINK_CRITICAL] = RGB (230, 97, 0),
  [KP_ROLE_LINK_SELECTED] = RGB (28, 113, 216),
  [KP_ROLE_TODAY] = RGB (224, 27, 36),
  [KP_ROLE_MEETING] = RGB (145, 65, 172),
  [KP_ROLE_MEETING_STEERING] = RGB (97, 53, 131),
  [KP_ROLE_MEETING_CANCELLED] = RGB (192, 191, 188),
  [KP_ROLE_TRAINING] = RGB (143, 240, 164),
  [KP_ROLE_TRAINING_TEXT] = RGB (8, 70, 30),
  [KP_ROLE_LANE_BG] = RGB (250, 250, 249),
  [KP_ROLE_TEXT] = RGB (36, 31, 49),
  [KP_ROLE_TEXT_PHASE] = RGB (36, 31, 49),
  [KP_ROLE_TEXT_DIM] = RGB (119, 118, 123),
  [KP_ROLE_FOCUS] = RGBA (28, 113, 216, 0.8),
  [KP_ROLE_HANDLE] = RGB (28, 113, 216),
};

static const KpColor dark[KP_N_ROLES] = {
  [KP_ROLE_BACKGROUND] = RGB (36, 36, 36),
  [KP_ROLE_HEADER_BG] = RGB (48, 48, 48),
  [KP_ROLE_HEADER_TEXT] = RGB (222, 221, 218),
  [KP_ROLE_HEADER_LINE] = RGB (80, 80, 80),
  [KP_ROLE_GRID] = RGBA (255, 255, 255, 0.07),
  [KP_ROLE_ROW_LINE] = RGBA (255, 255, 255, 0.04),
  [KP_ROLE_WEEKEND] = OVER_GREY (36, 255, 255, 255, 0.05),
  [KP_ROLE_HOLIDAY] = OVER_GREY (36, 246, 97, 81, 0.12),
  [KP_ROLE_ROW_SELECTED] = RGBA (120, 174, 237, 0.16),
  [KP_ROLE_BAR] = RGB (26, 95, 180),
  [KP_ROLE_BAR_DONE] = RGB (98, 160, 234),
  [KP_ROLE_BAR_CRITICAL] = RGB (152, 65, 6),
  [KP_ROLE_BAR_CRITICAL_DONE] = RGB (255, 163, 72),
  [KP_ROLE_SUMMARY] = RGB (222, 221, 218),
  [KP_ROLE_MILESTONE] = RGB (153, 193, 241),
  [KP_ROLE_MILESTONE_CRITICAL] = RGB (255, 163, 72),
  [KP_ROLE_BASELINE] = RGB (119, 118, 123),
  [KP_ROLE_LINK] = RGB (154, 153, 150),
  [KP_ROLE_LINK_CRITICAL] = RGB (255, 163, 72),
  [KP_ROLE_LINK_SELECTED] = RGB (120, 174, 237),
  [KP_ROLE_TODAY] = RGB (246, 97, 81),
  [KP_ROLE_MEETING] = RGB (220, 138, 221),
  [KP_ROLE_MEETING_STEERING] = RGB (192, 97, 203),
  [KP_ROLE_MEETING_CANCELLED] = RGB (94, 92, 100),
  [KP_ROLE_TRAINING] = RGB (38, 162, 105),
  [KP_ROLE_TRAINING_TEXT] = RGB (255, 255, 255),
  [KP_ROLE_LANE_BG] = RGB (42, 42, 42),
  [KP_ROLE_TEXT] = RGB (255, 255, 255),
  [KP_ROLE_TEXT_PHASE] = RGB (255, 255, 255),
  [KP_ROLE_TEXT_DIM] = RGB (154, 153, 150),
  [KP_ROLE_FOCUS] = RGBA (120, 174, 237, 0.9),
  [KP_ROLE_HANDLE] = RGB (120, 174, 237),
};

const KpColor *
kp_timeline_palette (KpRole   role,
                     gboolean is_dark)
{
  g_return_val_if_fail (role < KP_N_ROLES, &light[KP_ROLE_TEXT]);
  return is_dark ? &dark[role] : &light[role];
}

double
kp_timeline_font_size (KpRole role)
{
  switch ((int) role)
    {
    case KP_ROLE_HEADER_TEXT:
      return 8.5;
    case KP_ROLE_TRAINING_TEXT:
      return 7.5;
    default:
      return 9.0;
    }
}

static void
set_color (cairo_t       *cr,
           const KpColor *c)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha);
}

static void
draw_text (cairo_t     *cr,
           PangoLayout *layout,
           const KpPrim *p)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  int w, h;

  pango_font_description_set_size (font, (int) (kp_timeline_font_size (p->role) * PANGO_SCALE));
  if (p->role == KP_ROLE_TEXT_PHASE)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, p->text, -1);
  pango_layout_set_width (layout, p->w > 0 ? (int) (p->w * PANGO_SCALE) : -1);
  pango_layout_set_ellipsize (layout, p->w > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_alignment (layout, p->align == KP_ALIGN_END ? PANGO_ALIGN_RIGHT
                                      : p->align == KP_ALIGN_CENTER ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, p->x, p->y + (p->h - h) / 2.0);
  pango_cairo_show_layout (cr, layout);
}

void
kp_timeline_render_scene (cairo_t            *cr,
                          const KpGanttScene *scene,
                          gboolean            is_dark)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const KpPrim *p = &g_array_index (scene->prims, KpPrim, i);

      set_color (cr, kp_timeline_palette ((KpRole) p->role, is_dark));
      switch ((KpPrimKind) p->kind)
        {
        case KP_PRIM_RECT:
          cairo_rectangle (cr, p->x, p->y, p->w, p->h);
          cairo_fill (cr);
          break;
        case KP_PRIM_DIAMOND:
          cairo_move_to (cr, p->x + p->w / 2, p->y);
          cairo_line_to (cr, p->x + p->w, p->y + p->h / 2);
          cairo_line_to (cr, p->x + p->w / 2, p->y + p->h);
          cairo_line_to (cr, p->x, p->y + p->h / 2);
          cairo_close_path (cr);
          cairo_fill (cr);
          break;
        case KP_PRIM_ARROW:
          cairo_move_to (cr, p->x, p->y);
          cairo_line_to (cr, p->x + p->w, p->y + p->h / 2);
          cairo_line_to (cr, p->x, p->y + p->h);
          cairo_close_path (cr);
          cairo_fill (cr);
          break;
        case KP_PRIM_FRAME:
          cairo_set_line_width (cr, 2);
          cairo_rectangle (cr, p->x + 1, p->y + 1, p->w - 2, p->h - 2);
          cairo_stroke (cr);
          break;
        case KP_PRIM_TEXT:
          draw_text (cr, layout, p);
          break;
        default:
          break;
        }
    }
  g_object_unref (layout);
}
