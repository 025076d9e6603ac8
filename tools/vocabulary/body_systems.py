"""The body-system group keys shared by @organ, @harm and @condition, and how terms reach them.

Keys (documented in tools/vocabulary/README.md):
  heart, blood, lungs, digestive, liver, kidney, urinary, brain, mind, skin, eyes, ent,
  musculoskeletal, immune, endocrine, reproductive, oral, general
"""
from __future__ import annotations

import re

KEYS = ["heart", "blood", "lungs", "digestive", "liver", "kidney", "urinary", "brain", "mind", "skin", "eyes",
        "ent", "musculoskeletal", "immune", "endocrine", "reproductive", "oral", "general"]

# Words in a term that decide its system whatever branch it came from (first match wins).
KEYWORD_ROUTES = [
    ("digestive", r"\b(heartburn|ha?emorrhoids?|piles|acid reflux|acid indigestion)\b"),
    ("liver", r"\b(liver|hepat\w*|jaundice|bile|biliary|gall ?bladder|gallstones?|cirrhosis|cholest\w*)\b"),
    ("kidney", r"\b(kidneys?|renal|nephr\w*|dialysis)\b"),
    ("urinary", r"\b(bladder|urin\w*|urethr\w*|pee|peeing|incontinence|cystitis|uti|micturition|dysuria)\b"),
    ("eyes", r"\b(eyes?|eyelids?|eyelash\w*|vision|visual|sight|blind\w*|retina\w*|cornea\w*|conjunctiv\w*|"
             r"cataracts?|glaucoma|pupils?|ocular|ophthalm\w*|tear ducts?|myopia|squint|lazy eye)\b"),
    ("oral", r"\b(mouth|teeth|tooth|toothache|gums?|gingiv\w*|tongue|lips?|saliva\w*|taste|dental|"
             r"oral|cold sores?|halitosis|bad breath|drooling|jaw)\b"),
    ("ent", r"\b(ears?|earache|hearing|deaf\w*|tinnitus|nose|nasal|nostrils?|sinus\w*|throat|voice|hoarse\w*|"
            r"larynx|laryng\w*|tonsil\w*|snoring|sneez\w*|runny|stuffy|vertigo|smell|pharyn\w*|otitis)\b"),
    ("mind", r"\b(anxi\w*|depress\w*|mood|sleep\w*|insomnia|nightmares?|hallucinat\w*|suicid\w*|panic|"
             r"irritab\w*|agitat\w*|psycho\w*|paranoi\w*|mania|manic|delusion\w*|nervousness|worry|stress|"
             r"restless\w*|drowsiness|drowsy|sleepiness|apathy|"
             r"concentrat\w*|memory|forgetful\w*|confusion|brain fog|aggress\w*|obsess\w*|compulsi\w*|"
             r"behaviou?r\w*|emotional|libido|sex drive|addiction|craving\w*|dependence|withdrawal)\b"),
    ("blood", r"\b(bleed\w*|blood clots?|bruis\w*|an(a)?emi\w*|haem\w*|hem(o|a)\w*|platelets?|"
              r"thrombocyt\w*|leuk\w*|neutropeni\w*|clotting|blood count)\b"),
    ("heart", r"\b(heart\w*|cardi\w*|palpitations?|blood pressure|hypertension|hypotension|pulse|"
              r"arrhythmi\w*|tachycardi\w*|bradycardi\w*|angina|chest pain|circulation|veins?|arter\w*|"
              r"stroke|fainting|faint|dizziness on standing)\b"),
    ("lungs", r"\b(lungs?|breath\w*|cough\w*|wheez\w*|asthma|respirat\w*|pulmonary|bronch\w*|pneumon\w*|"
              r"phlegm|sputum|chest infection|dyspn\w*|apn\w*|airways?)\b"),
    ("endocrine", r"\b(thyroid|blood sugar|glucose|diabet\w*|insulin|hormon\w*|adrenal|pituitary|"
                  r"hypoglyc\w*|hyperglyc\w*|cortisol|metabolism|metabolic)\b"),
    ("reproductive", r"\b(menstru\w*|periods?|vagin\w*|uter\w*|ovar\w*|testic\w*|testes|scrot\w*|penis|penile|"
                     r"erect\w*|impotence|fertility|infertil\w*|sperm|breasts?|nipples?|pregnan\w*|"
                     r"miscarriage|menopaus\w*|prostat\w*|genital\w*|vulva\w*|cervi\w*|womb|sexual|intercourse)\b"),
    ("immune", r"\b(allerg\w*|anaphyla\w*|immun\w*|lymph\w*|spleen|autoimmun\w*)\b"),
    ("skin", r"\b(skin|rash\w*|itch\w*|hives|eczema|acne|pimples?|spots|blisters?|hair|bald\w*|alopecia|nails?|"
             r"sweat\w*|derm\w*|sunburn|bruise|wrinkl\w*|urticaria|pruritus|psoria\w*|warts?|moles?|"
             r"scalp|pigment\w*|freckles?|flushing|flush|sores?|ulcers? on the skin|photosensitiv\w*)\b"),
    ("musculoskeletal", r"\b(muscles?|muscular|joints?|bones?|back ?pain|backache|spine|spinal|arthr\w*|"
                        r"tendons?|ligaments?|cramps?|myalgia|osteo\w*|fractures?|knees?|hips?|shoulders?|"
                        r"neck pain|stiffness|limbs?|legs?|arms?|feet|foot|hands?|wrists?|ankles?|elbows?|"
                        r"cartilage|gout|sprain\w*|tendin\w*|sciatica)\b"),
    ("digestive", r"\b(stomach|gut|bowel\w*|intestin\w*|digest\w*|abdom\w*|belly|tummy|colon|rectal|rectum|"
                  r"anus|anal|oesophag\w*|esophag\w*|gastr\w*|nause\w*|vomit\w*|sick|diarrh\w*|constipat\w*|"
                  r"bloat\w*|flatulence|wind|gas|indigestion|heartburn|reflux|appetite|swallow\w*|stools?|"
                  r"feces|faeces|poo|pancrea\w*|colic|dyspepsia|piles|haemorrhoids?|hemorrhoids?)\b"),
    ("brain", r"\b(brain|head|headaches?|migraines?|nerves?|nervous|neur\w*|seizures?|convulsions?|fits?|"
              r"epilep\w*|tremors?|shak\w*|numbness|tingling|pins and needles|dizz\w*|light-headed\w*|"
              r"lightheaded\w*|coordination|paralys\w*|spasms?|twitch\w*|dementia|cognit\w*|consciousness|"
              r"coma|faint\w*|speech|stammer\w*|stutter\w*)\b"),
]
_COMPILED = [(k, re.compile(p)) for k, p in KEYWORD_ROUTES]


def route(term: str) -> str | None:
    for key, pat in _COMPILED:
        if pat.search(term):
            return key
    return None
