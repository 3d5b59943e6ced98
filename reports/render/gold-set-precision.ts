// Written by `npm run eval` (scripts/eval.ts): do not edit by hand.
import type { GoldSetPrecision } from './gold-set-precision-type.js';

export const GOLD_SET_PRECISION: GoldSetPrecision = {
  "classifierVersion": "2026.12.04-1",
  "measuredOn": "2026-12-04",
  "offers": 665,
  "description": "offres réelles de France Travail (API, Haute-Savoie, août 2025), lues deux fois",
  "rows": [
    {
      "category": "age_limit",
      "support": 1,
      "truePositives": 1,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.20654931437723745,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.20654931437723745,
        "high": 1
      }
    },
    {
      "category": "discrimination",
      "support": 5,
      "truePositives": 5,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.5655175352168251,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.5655175352168251,
        "high": 1
      }
    },
    {
      "category": "privacy",
      "support": 1,
      "truePositives": 1,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.20654931437723745,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.20654931437723745,
        "high": 1
      }
    },
    {
      "category": "fee_requested",
      "support": 5,
      "truePositives": 5,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.5655175352168251,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.5655175352168251,
        "high": 1
      }
    },
    {
      "category": "below_minimum_wage",
      "support": 31,
      "truePositives": 30,
      "falsePositives": 0,
      "falseNegatives": 1,
      "precision": 1,
      "precisionInterval": {
        "low": 0.8864866068260312,
        "high": 0.9999999999999999
      },
      "recall": 0.967741935483871,
      "recallInterval": {
        "low": 0.838058948352751,
        "high": 0.9942827784745831
      }
    },
    {
      "category": "cdd_rules",
      "support": 4,
      "truePositives": 4,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.5101091635454027,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.5101091635454027,
        "high": 1
      }
    },
    {
      "category": "part_time_under_24h",
      "support": 16,
      "truePositives": 16,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.8063923194655637,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.8063923194655637,
        "high": 1
      }
    },
    {
      "category": "contract_mismatch",
      "support": 23,
      "truePositives": 23,
      "falsePositives": 1,
      "falseNegatives": 0,
      "precision": 0.9583333333333334,
      "precisionInterval": {
        "low": 0.7975819352134406,
        "high": 0.9926065438344942
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.8568833815495731,
        "high": 1
      }
    },
    {
      "category": "hours_mismatch",
      "support": 30,
      "truePositives": 29,
      "falsePositives": 0,
      "falseNegatives": 1,
      "precision": 1,
      "precisionInterval": {
        "low": 0.8830302015002593,
        "high": 1
      },
      "recall": 0.9666666666666667,
      "recallInterval": {
        "low": 0.8332960900859082,
        "high": 0.9940914096183874
      }
    },
    {
      "category": "experience_mismatch",
      "support": 98,
      "truePositives": 98,
      "falsePositives": 2,
      "falseNegatives": 0,
      "precision": 0.98,
      "precisionInterval": {
        "low": 0.929988209271456,
        "high": 0.9944980324498376
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.9622800098783192,
        "high": 0.9999999999999999
      }
    },
    {
      "category": "place_mismatch",
      "support": 10,
      "truePositives": 2,
      "falsePositives": 0,
      "falseNegatives": 8,
      "precision": 1,
      "precisionInterval": {
        "low": 0.34238022750665303,
        "high": 1
      },
      "recall": 0.2,
      "recallInterval": {
        "low": 0.05668215145437519,
        "high": 0.5098375284633583
      }
    },
    {
      "category": "pay_mismatch",
      "support": 36,
      "truePositives": 36,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.9035813714055363,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.9035813714055363,
        "high": 1
      }
    },
    {
      "category": "not_a_job",
      "support": 11,
      "truePositives": 11,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.7411670330319684,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.7411670330319684,
        "high": 1
      }
    },
    {
      "category": "salary_missing",
      "support": 294,
      "truePositives": 294,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.987102336807292,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.987102336807292,
        "high": 1
      }
    },
    {
      "category": "duplicate",
      "support": 11,
      "truePositives": 9,
      "falsePositives": 0,
      "falseNegatives": 2,
      "precision": 1,
      "precisionInterval": {
        "low": 0.7008549515804559,
        "high": 1
      },
      "recall": 0.8181818181818182,
      "recallInterval": {
        "low": 0.523019438039156,
        "high": 0.9486323102539149
      }
    },
    {
      "category": "anonymous_employer",
      "support": 33,
      "truePositives": 26,
      "falsePositives": 1,
      "falseNegatives": 7,
      "precision": 0.9629629629629629,
      "precisionInterval": {
        "low": 0.8171653406642414,
        "high": 0.9934318540192149
      },
      "recall": 0.7878787878787878,
      "recallInterval": {
        "low": 0.6224835500784931,
        "high": 0.8932397846697919
      }
    },
    {
      "category": "hours_missing",
      "support": 220,
      "truePositives": 219,
      "falsePositives": 9,
      "falseNegatives": 1,
      "precision": 0.9605263157894737,
      "precisionInterval": {
        "low": 0.9266952979987827,
        "high": 0.9790961038850957
      },
      "recall": 0.9954545454545455,
      "recallInterval": {
        "low": 0.9747064239774249,
        "high": 0.9991971645201224
      }
    },
    {
      "category": "not_cdi",
      "support": 285,
      "truePositives": 285,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.986700459011742,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.986700459011742,
        "high": 1
      }
    },
    {
      "category": "part_time",
      "support": 78,
      "truePositives": 78,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.9530621902878059,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.9530621902878059,
        "high": 1
      }
    },
    {
      "category": "short_contract",
      "support": 19,
      "truePositives": 19,
      "falsePositives": 0,
      "falseNegatives": 0,
      "precision": 1,
      "precisionInterval": {
        "low": 0.8318207759473837,
        "high": 1
      },
      "recall": 1,
      "recallInterval": {
        "low": 0.8318207759473837,
        "high": 1
      }
    }
  ]
};
