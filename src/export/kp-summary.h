/* kp-summary.h: the project in words: the key figures as the overview shows them, and a
 * plain-text summary (facts, key figures, goal fulfilment, decisions) for mail and scripts.
 * In the user's language (gettext). */
#pragma once

#include "kp-document.h"
#include "kp-stats.h"

G_BEGIN_DECLS

typedef enum
{
  KP_KEY_DAYS_LEFT,
  KP_KEY_PROGRESS,
  KP_KEY_GOALS,
  KP_KEY_HOURS,
  KP_KEY_PARTICIPANTS,
  KP_KEY_BUDGET,
  KP_N_KEYS
} KpKey;

typedef struct
{
  const char *title;   /* translated, "Days left" */
  char *value;         /* "123", "62 %", "5 of 13"; "—" without the figures it needs */
  char *detail;        /* one short sentence */
  double fraction;     /* 0–1 for a bar, NAN for none */
  double compare;      /* a second fraction to read against the first, NAN for none */
} KpKeyText;

/* Fills one KpKeyText per KpKey from the key figures. currency is the project's ("SEK"). */
void  kp_key_texts_fill   (const KpStatsKeyFigures *figures,
                           const char              *currency,
                           KpKeyText                texts[KP_N_KEYS]);
void  kp_key_texts_clear  (KpKeyText                texts[KP_N_KEYS]);

/* Money as the user reads it: "1 417 000 SEK". */
char *kp_format_money     (double                   amount,
                           const char              *currency);

/* The whole summary; today KP_DATE_NONE means today. */
char *kp_summary_text     (KpDocument              *document,
                           KpDate                   today);

G_END_DECLS
