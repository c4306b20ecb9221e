/* kp-timeline-view.h: the Timeline page: the outline of phases and activities beside the
 * Gantt chart, with filters, baselines, zoom, export and printing. */
#pragma once

#include <adwaita.h>

#include "kp-document.h"

G_BEGIN_DECLS

#define KP_TYPE_TIMELINE_VIEW (kp_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (KpTimelineView, kp_timeline_view, KP, TIMELINE_VIEW, GtkWidget)

GtkWidget  *kp_timeline_view_new          (void);
void        kp_timeline_view_set_document (KpTimelineView *self,
                                           KpDocument     *document);
/* Selects the activity with this id, as the goals' "show in timeline" arrows ask. */
void            kp_timeline_view_show_task     (KpTimelineView *self,
                                                gint64          id);
KpDocument *kp_timeline_view_get_document (KpTimelineView *self);

G_END_DECLS
