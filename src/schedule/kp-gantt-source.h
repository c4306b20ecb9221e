/* kp-gantt-source.h: a KpGanttData read from an open project.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kp-document.h"
#include "kp-gantt-data.h"

G_BEGIN_DECLS

/* The phases and activities, dependencies, meetings and training activities of @document,
 * finished, with the spans of the baseline @baseline_id (0 for none).
 */
KpGanttData *kp_gantt_data_new_from_document (KpDocument *document,
                                              gint64      baseline_id);

/* Brings @data up to date with @document in place when only values changed (dates,
 * progress, names, responsibles): much cheaper than reading it anew. Returns FALSE, with
 * @data unchanged, when tasks were added, removed or moved in the outline, or other rows
 * changed; then read it anew.
 * @task_ids: NULL to compare every task and the other rows drawn, or the ids (gint64) of
 * the only tasks whose fields can have changed since @data was last brought up to date,
 * nothing else having changed (kp_document_changed_fields).
 */
gboolean     kp_gantt_data_update_from_document (KpGanttData  *data,
                                                 KpDocument   *document,
                                                 gint64        baseline_id,
                                                 const GArray *task_ids);

G_END_DECLS
