/* kp-meeting-series.h: recurring meetings, such as a steering group every six weeks.
 *
 * A series generates one meeting per date; each meeting is then an ordinary row that can be
 * edited, moved or cancelled. Dates are day numbers, so a series keeps its weekday across
 * year ends and daylight-saving changes. */
#pragma once

#include "kp-document.h"

G_BEGIN_DECLS

/* first, first + N weeks, first + 2N weeks … up to and including until. Empty when until
 * comes before first or a date is unset; interval_weeks must be 1–52. */
GArray   *kp_series_dates          (KpDate        first,
                                    int           interval_weeks,
                                    KpDate        until);
/* The dates of the series that no existing occurrence covers. An occurrence covers the date
 * nearest to it, when it lies within half an interval of it: a meeting moved a few days, or
 * cancelled, still stands for its date. */
GArray   *kp_series_missing_dates  (KpDate        first,
                                    int           interval_weeks,
                                    KpDate        until,
                                    const KpDate *existing,
                                    guint         n_existing);
/* Adds a meeting (the series' forum and title) for every missing date, as one edit or
 * within the open group. n_added may be NULL. */
gboolean  kp_meeting_series_fill   (KpDocument   *document,
                                    KpEntity     *series,
                                    guint        *n_added,
                                    GError      **error);
/* Adds a detached series and its meetings as one undo step. */
gboolean  kp_meeting_series_add    (KpDocument   *document,
                                    KpEntity     *series,
                                    GError      **error);

G_END_DECLS
