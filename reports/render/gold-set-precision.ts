// Written by `npm run eval` (scripts/eval.ts): do not edit by hand.
import type { GoldSetPrecision } from './gold-set-precision-type.js';

export const GOLD_SET_PRECISION: GoldSetPrecision = {
  "classifierVersion": "2026.12.03-4",
  "measuredOn": "2026-12-03",
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
      "truePositives": 29,
      "falsePositives": 2,
      "falseNegatives": 2,
      "precision": 0.9354838709677419,
      "precisionInterval": {
        "low": 0.7928136326370188,
        "high": 0.9821252164780854
      },
      "recall": 0.9354838709677419,
      "recallInterval": {
        "low": 0.7928136326370188,
        "high": 0.9821252164780854
      }
    },
    {
      "category": "cdd_rules",
      "support": 4,
      "truePositives": 2,
      "falsePositives": 0,
      "falseNegatives": 2,
      "precision": 1,
      "precisionInterval": {
        "low": 0.34238022750665303,
        "high": 1
      },
      "recall": 0.5,
      "recallInterval": {
        "low": 0.15003898915214947,
        "high": 0.8499610108478506
      }
    },
    {
      "category": "part_time_under_24h",
      "support": 16,
      "truePositives": 14,
      "falsePositives": 0,
      "falseNegatives": 2,
      "precision": 1,
      "precisionInterval": {
        "low": 0.7846891972623643,
        "high": 1
      },
      "recall": 0.875,
      "recallInterval": {
        "low": 0.639771727342413,
        "high": 0.9650225122567595
      }
    },
    {
      "category": "contract_mismatch",
      "support": 23,
      "truePositives": 19,
      "falsePositives": 0,
      "falseNegatives": 4,
      "precision": 1,
      "precisionInterval": {
        "low": 0.8318207759473837,
        "high": 1
      },
      "recall": 0.8260869565217391,
      "recallInterval": {
        "low": 0.6286235235977385,
        "high": 0.9302134643693744
      }
    },
    {
      "category": "hours_mismatch",
      "support": 30,
      "truePositives": 26,
      "falsePositives": 0,
      "falseNegatives": 4,
      "precision": 1,
      "precisionInterval": {
        "low": 0.8712710781407846,
        "high": 1
      },
      "recall": 0.8666666666666667,
      "recallInterval": {
        "low": 0.703186733179637,
        "high": 0.9469034451594526
      }
    },
    {
      "category": "experience_mismatch",
      "support": 98,
      "truePositives": 92,
      "falsePositives": 3,
      "falseNegatives": 6,
      "precision": 0.968421052631579,
      "precisionInterval": {
        "low": 0.9112290135269181,
        "high": 0.9892028605255756
      },
      "recall": 0.9387755102040817,
      "recallInterval": {
        "low": 0.8728091282684823,
        "high": 0.9716406763186144
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
      "truePositives": 33,
      "falsePositives": 0,
      "falseNegatives": 3,
      "precision": 1,
      "precisionInterval": {
        "low": 0.895730002457548,
        "high": 1
      },
      "recall": 0.9166666666666666,
      "recallInterval": {
        "low": 0.7817330875072737,
        "high": 0.9712513886640066
      }
    },
    {
      "category": "not_a_job",
      "support": 11,
      "truePositives": 11,
      "falsePositives": 1,
      "falseNegatives": 0,
      "precision": 0.9166666666666666,
      "precisionInterval": {
        "low": 0.646120088858883,
        "high": 0.9851349055950829
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
      "truePositives": 24,
      "falsePositives": 1,
      "falseNegatives": 9,
      "precision": 0.96,
      "precisionInterval": {
        "low": 0.8045593626380625,
        "high": 0.9929037664980127
      },
      "recall": 0.7272727272727273,
      "recallInterval": {
        "low": 0.5578244099712737,
        "high": 0.8493255911457935
      }
    },
    {
      "category": "hours_missing",
      "support": 220,
      "truePositives": 200,
      "falsePositives": 14,
      "falseNegatives": 20,
      "precision": 0.9345794392523364,
      "precisionInterval": {
        "low": 0.8931980945861173,
        "high": 0.9606338665425358
      },
      "recall": 0.9090909090909091,
      "recallInterval": {
        "low": 0.8637610701942765,
        "high": 0.9403795074642488
      }
    },
    {
      "category": "not_cdi",
      "support": 285,
      "truePositives": 283,
      "falsePositives": 0,
      "falseNegatives": 2,
      "precision": 1,
      "precisionInterval": {
        "low": 0.9866077280582531,
        "high": 1
      },
      "recall": 0.9929824561403509,
      "recallInterval": {
        "low": 0.974778609415189,
        "high": 0.9980734221016511
      }
    },
    {
      "category": "part_time",
      "support": 78,
      "truePositives": 75,
      "falsePositives": 0,
      "falseNegatives": 3,
      "precision": 1,
      "precisionInterval": {
        "low": 0.9512761575171942,
        "high": 1
      },
      "recall": 0.9615384615384616,
      "recallInterval": {
        "low": 0.8929155395249817,
        "high": 0.986834174586839
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
