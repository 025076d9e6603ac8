"""Everyday consumer words that the ontology-built classes miss: a hand-curated supplement.

The build scripts merge these lists into their classes, so a rebuild keeps them:

  CONDITION, HARM, ORGAN   -> build_conditions.py (@condition) and build_body.py (@harm, @organ),
                              by the shared body-system keys (body_systems.KEYS)
  DRUG_CLASS               -> build_drugs.py (@drug-class)
  POPULATION, POPULATION_STATE, PRODUCT -> build_curated.py (@population, @population-state, @product)

What goes here: the words patients, marketers and health journalists use for conditions, symptoms,
body parts, people and products -- British and US spellings, common multiword forms ("foot ulcer",
"male-pattern baldness", "nursing mums"), irregular plurals ("young children", "wisdom teeth").
Regular plurals are left to the matcher (`inflect: noun`), except in @population-state, which is
`inflect: none` and so lists its plural forms.

What stays out (the frequency filter's purpose): ordinary English words with a common non-medical
sense -- "cold", "stress", "spots", "fit", "gas", "wind", "growth", "lump", "plaque", "tartar",
"bottom", "pupils", "a cold" ("a cold shower"), "a lump" ("a lump sum"). Multiword forms stand in
for them ("common cold", "head cold", "breast lump", "dental plaque", "cancerous growth").

Sources (the build scripts record them in each file's `sources:`):
  * NHS Health A-Z condition names and their topic keywords (Open Government Licence v3.0), read
    from a public snapshot of the NHS website content API's condition list (about 980 pages;
    GitHub aeglehealth/Aegle-Patient-IOS, src/nhsData.js, commit 06da466); names only.
  * Human Disease Ontology exact synonyms (CC0 1.0), from the same DO commit as HumanDO.tsv
    (9fbefd6651b7; src/translations/doid-es-*.tsv carry every English exact synonym).
  * MedlinePlus health-topic titles and "also called" names, MeSH entry terms (public domain, US
    government work): no machine-readable copy was reachable, so these words are hand-curated from
    knowledge of those public lists, keeping to genuine, common consumer terms.
Which word a machine-readable source attests (NHS names, DO exact synonyms, HPO labels and synonyms) is
reported by tools/vocabulary/attribute_sources.py; the rest are hand-curated.
"""

from __future__ import annotations


def _split(text: str) -> list[str]:
    return [t.strip() for t in text.replace("\n", " ").split(";") if t.strip()]


def _table(d: dict[str, str]) -> dict[str, list[str]]:
    return {k: _split(v) for k, v in d.items()}


# ------------------------------------------------------------------------------------ @condition
CONDITION = _table(
    {
        "heart": """afib; a-fib; atrial flutter; heart rhythm problems; heart arrhythmia; supraventricular tachycardia;
        postural tachycardia syndrome; long qt syndrome; brugada syndrome; pericarditis; myocarditis; endocarditis;
        enlarged heart; leaky heart valve; heart valve problems; hole in the heart; weak heart; heart trouble;
        silent heart attack; broken heart syndrome; mini stroke; cardiac arrest; sudden cardiac arrest;
        clogged arteries; blocked arteries; narrowed arteries; furred arteries; hardened arteries;
        poor circulation; bad circulation; circulation problems; peripheral arterial disease;
        arterial thrombosis; venous thromboembolism; blood clot; thread veins; spider veins;
        hypercholesterolemia; hyperlipidemia; familial hypercholesterolemia; high triglycerides;
        high ldl cholesterol; raised blood pressure; prehypertension; pre-hypertension; white coat hypertension;
        postural hypotension; orthostatic hypotension; raynaud's; raynaud's phenomenon; raynaud's disease""",
        "blood": """blood disease; blood disorder; bleeding disorder; clotting disorder; von willebrand disease;
        thrombophilia; sticky blood; antiphospholipid syndrome; hughes syndrome; polycythemia;
        haemochromatosis; hemochromatosis; iron overload; sickle cell; sickle cell trait; neutropenia;
        low white blood cell count; vitamin b12 deficiency anaemia; folate deficiency anaemia;
        myelodysplastic syndrome; blood clotting problems""",
        "lungs": """lung infection; chest cold; chronic bronchitis; bronchiolitis; bronchiectasis; pleurisy;
        idiopathic pulmonary fibrosis; asbestosis; silicosis; mesothelioma; collapsed lung; pneumothorax;
        walking pneumonia; double pneumonia; legionnaires' disease; respiratory tract infection;
        lower respiratory tract infection; upper respiratory tract infection;
        respiratory syncytial virus; rsv; coronavirus; covid-19 infection; sars; mers;
        childhood asthma; severe asthma; adult-onset asthma; thunderstorm asthma; smoker's cough;
        small cell lung cancer; non-small cell lung cancer; lung scarring""",
        "digestive": """duodenal ulcer; bleeding ulcer; peptic ulcer disease; h pylori infection;
        helicobacter pylori infection; spastic colon; irritable colon; crohn's; bowel disease; bowel problems;
        bowel polyps; colon polyps; bowel incontinence; anal fissure; anal cancer; rectal cancer;
        oesophageal cancer; pancreatic cancer; acute pancreatitis; chronic pancreatitis;
        barrett's oesophagus; acid reflux disease; reflux disease; silent reflux; laryngopharyngeal reflux;
        hiatal hernia; inguinal hernia; femoral hernia; gastroparesis; dumping syndrome;
        cyclical vomiting syndrome; swallowing problems; dysphagia; stomach flu; tummy bug;
        winter vomiting bug; rotavirus; salmonella; salmonella poisoning; e coli infection; campylobacter;
        c diff; c difficile; clostridium difficile; clostridioides difficile; giardiasis; threadworm;
        pinworm; tapeworm; roundworm; intestinal worms; gluten intolerance; gluten sensitivity;
        non-coeliac gluten sensitivity; wheat intolerance; dairy intolerance; fructose malabsorption;
        bile acid malabsorption; leaky gut syndrome; gut dysbiosis; dysbiosis; diverticulosis;
        infant reflux; reflux in babies; infant colic; pyloric stenosis; traveler's diarrhea;
        traveller's diarrhoea; functional dyspepsia; trapped wind""",
        "liver": """fatty liver; non-alcoholic steatohepatitis; masld; alcohol-related liver disease;
        alcoholic liver disease; liver failure; liver scarring; liver damage; primary biliary cholangitis;
        primary sclerosing cholangitis; bile duct cancer; gallbladder cancer; gallstone disease; gallbladder attack;
        cholecystitis; acute cholecystitis; biliary colic; hep a; hep b; hep c; newborn jaundice;
        neonatal jaundice; gilbert's syndrome""",
        "kidney": """acute kidney injury; polycystic kidney disease; renal cancer; end-stage kidney disease;
        kidney problems; kidney damage; kidney cysts; nephrotic syndrome; glomerulonephritis; pyelonephritis;
        hydronephrosis; reduced kidney function""",
        "urinary": """urine infection; water infection; interstitial cystitis; painful bladder syndrome;
        bladder pain syndrome; weak bladder; leaky bladder; bladder weakness; stress incontinence;
        urge incontinence; bedwetting; bed-wetting; bladder stones; urethritis; non-gonococcal urethritis;
        nocturia; recurrent utis""",
        "brain": """chronic migraine; hormonal migraine; menstrual migraine; hormone headaches; medication overuse headache;
        rebound headache; head injury; brain injury; alzheimer's; parkinson's; young-onset dementia;
        early-onset dementia; early-onset alzheimer's; frontotemporal dementia; lewy body dementia;
        dementia with lewy bodies; als; amyotrophic lateral sclerosis; lou gehrig's disease;
        brain haemorrhage; brain bleed; bleed on the brain; brain aneurysm; subarachnoid haemorrhage;
        trigeminal neuralgia; post-herpetic neuralgia; carpal tunnel; restless leg syndrome; tourette's;
        tourette's syndrome; tourette syndrome; tics; hydrocephalus; myasthenia gravis; guillain-barre syndrome;
        huntington's; dyspraxia; travel sickness; car sickness; carsickness; seasickness; sea sickness;
        complex regional pain syndrome; pinched nerve; trapped nerve; post-viral fatigue; febrile seizures; brain fog""",
        "mind": """clinical depression; major depression; baby blues; perinatal depression; antenatal depression;
        winter blues; seasonal depression; manic depression; bipolar; health anxiety; social anxiety;
        social anxiety disorder; separation anxiety; agoraphobia; claustrophobia; fear of flying;
        post-traumatic stress; chronic stress; work-related stress; nervous breakdown; mental breakdown;
        mental health condition; mental health issues; mental health disorder; mental disorder;
        psychological distress; emotional distress; sleep deprivation; poor sleep; disturbed sleep;
        sleepwalking; night terrors; hypersomnia; excessive daytime sleepiness; adult adhd; asperger's;
        asperger syndrome; asperger's syndrome; binge eating disorder; binge eating; arfid;
        body dysmorphic disorder; body dysmorphia; self-harm; self harm; hoarding disorder;
        gambling addiction; problem gambling; gaming disorder; internet addiction; smartphone addiction;
        social media addiction; sex addiction; porn addiction; shopping addiction; food addiction;
        sugar addiction; alcohol addiction; drug addiction; alcohol misuse; alcohol abuse; drug abuse;
        drug misuse; opioid addiction; opioid use disorder; nicotine addiction; drinking problem;
        postpartum psychosis; emotionally unstable personality disorder; cyclothymia; selective mutism;
        trichotillomania; skin picking disorder""",
        "skin": """foot ulcer; diabetic foot ulcer; leg ulcer; venous leg ulcer; pressure ulcer; pressure sore; bedsore;
        bed sore; skin ulcer; baldness; male-pattern baldness; male pattern baldness; female-pattern baldness;
        female pattern baldness; female-pattern hair loss; female pattern hair loss; alopecia areata;
        cradle cap; seborrhoeic dermatitis; seborrheic dermatitis; scalp psoriasis; plaque psoriasis;
        guttate psoriasis; atopic eczema; hand eczema; discoid eczema; varicose eczema; pompholyx;
        nappy rash; diaper rash; heat rash; prickly heat; sweat rash; adult acne; hormonal acne;
        acne vulgaris; acne scars; acne scarring; blackheads; whiteheads; pimples; melasma; age spots;
        liver spots; sun damage; keloid; keloid scar; skin tags; cold sore; verruca; plantar warts;
        foot corns; calluses; corns and calluses; ingrown toenail; ingrowing toenail; ingrown hairs; razor bumps;
        nail fungus; toenail fungus; jock itch; carbuncles; skin cyst; sebaceous cyst; epidermoid cyst;
        non-melanoma skin cancer; actinic keratosis; sun allergy; polymorphic light eruption; chilblains;
        frostbite; scalds; burns and scalds; minor burns; cuts and grazes; insect bites; insect bites and stings;
        bee sting; wasp sting; mosquito bites; bedbug bites; bedbugs; nits; pubic lice; molluscum contagiosum;
        chicken pox; german measles; slapped cheek syndrome; roseola; hyperhidrosis; lichen planus;
        lichen sclerosus; hidradenitis suppurativa; pityriasis rosea; keratosis pilaris; birthmarks;
        port wine stain; hirsutism; chronic wounds; non-healing wounds; infected wound; open wound""",
        "eyes": """age-related macular degeneration; wet macular degeneration; dry macular degeneration; eye strain;
        digital eye strain; computer vision syndrome; sticky eye; floaters; eye floaters; detached retina;
        retinal tear; lazy eye; amblyopia; crossed eyes; astigmatism; short sight; long sight;
        shortsightedness; longsightedness; near-sightedness; far-sightedness; presbyopia; sight loss;
        partial sight; visual impairment; uveitis; iritis; keratoconus; eye cancer; black eye; watery eyes;
        watering eyes; thyroid eye disease; droopy eyelid; drooping eyelid""",
        "ent": """head cold; heavy cold; summer cold; chest colds; colds and flu; cold and flu; man flu; seasonal flu;
        swine flu; bird flu; avian flu; sinus infection; sinus problems; rhinitis; non-allergic rhinitis;
        throat infection; inflamed throat; quinsy; glandular fever; mononucleosis; infectious mononucleosis;
        middle ear infection; outer ear infection; swimmer's ear; otitis media; otitis externa; earwax build-up;
        ear wax build-up; blocked ears; perforated eardrum; burst eardrum; age-related hearing loss;
        meniere's disease; labyrinthitis; vestibular neuritis; nasal polyps; deviated septum; epiglottitis;
        anosmia; parosmia; throat cancer""",
        "musculoskeletal": """juvenile arthritis; juvenile idiopathic arthritis; psoriatic arthritis; bad back;
        back problems; chronic back pain; bulging disc; prolapsed disc; rotator cuff injury; rotator cuff tear;
        shoulder impingement; golfer's elbow; trigger finger; dupuytren's contracture; runner's knee;
        knee injury; torn meniscus; cartilage damage; acl injury; hamstring injury; pulled muscle;
        sprained ankle; twisted ankle; sprains and strains; sports injury; shin splints; heel pain;
        achilles tendinitis; achilles tendonitis; achilles tendon rupture; bunions; hammer toe; flat feet;
        fallen arches; hip fracture; broken hip; fractured hip; broken wrist; broken arm; broken leg;
        broken ankle; stress fracture; osteopenia; thinning bones; brittle bone disease; rickets;
        kyphosis; dowager's hump; poor posture; night cramps; muscle loss; age-related muscle loss;
        sarcopenia; muscle wasting; polymyalgia rheumatica; whiplash; costochondritis; growing pains;
        joint hypermobility; hypermobility syndrome; ehlers-danlos syndrome; baker's cyst; ganglion cyst;
        paget's disease of bone; osteomyelitis; cervical spondylosis; degenerative joint disease;
        joint problems; arthritic joints""",
        "immune": """seasonal allergies; dust allergy; dust mite allergy; house dust mite allergy; pet allergy;
        cat allergy; dog allergy; mould allergy; tree nut allergy; sesame allergy; soy allergy;
        cow's milk allergy; cows' milk protein allergy; bee sting allergy; insect sting allergy;
        allergic reaction; angioedema; autoimmune condition; autoimmune disorder; weak immune system;
        low immunity; poor immunity; immune deficiency; sarcoidosis; hodgkin's lymphoma;
        non-hodgkin's lymphoma; hodgkin lymphoma; mast cell activation syndrome; histamine intolerance;
        alpha-gal syndrome; red meat allergy""",
        "endocrine": """type one diabetes; type two diabetes; borderline diabetes; impaired glucose tolerance;
        blood sugar problems; diabetic ketoacidosis; diabetes insipidus; hashimoto's; hashimoto's disease;
        hashimoto's thyroiditis; thyroid problems; thyroid nodules; goitre; goiter; thyroiditis;
        addison's disease; cushing's syndrome; adrenal insufficiency; hormonal imbalance; severe obesity;
        childhood obesity; weight problems; excess weight; belly fat; visceral fat; abdominal fat;
        stomach fat; tummy fat; love handles; beer belly; middle-age spread; slow metabolism;
        vitamin deficiency; magnesium deficiency; folate deficiency; zinc deficiency; calcium deficiency;
        iodine deficiency; nutritional deficiency; nutrient deficiency; early puberty; precocious puberty;
        delayed puberty; growth hormone deficiency; hyperparathyroidism; hypoparathyroidism; acromegaly;
        pituitary tumour""",
        "reproductive": """the menopause; early menopause; menopausal symptoms; vaginal atrophy; period problems;
        period cramps; menstrual cramps; irregular periods; painful periods; no periods; amenorrhoea; amenorrhea;
        pmt; premenstrual tension; pmdd; premenstrual dysphoric disorder; adenomyosis; uterine fibroids;
        ovarian cysts; polycystic ovaries; fertility problems; low sperm count; erection problems;
        erectile problems; vaginal yeast infection; vaginitis; vulvodynia; pelvic organ prolapse;
        womb prolapse; uterine prolapse; sexually transmitted disease; genital warts; hpv;
        human papillomavirus; trichomoniasis; mpox; monkeypox; mastitis; breast lump; lump in the breast;
        fibrocystic breasts; womb cancer; uterine cancer; endometrial cancer; testicular cancer;
        penile cancer; vulval cancer; vulvar cancer; vaginal cancer; prostatitis; prostate problems;
        benign prostate enlargement; benign prostatic hyperplasia; bph; testicle lump; lump in the testicle;
        undescended testicles; epididymitis; balanitis; phimosis; tight foreskin; pregnancy complications;
        premature birth; preterm birth; preeclampsia; hyperemesis gravidarum; severe morning sickness;
        pregnancy sickness; placenta previa; placenta praevia; postpartum haemorrhage; molar pregnancy;
        male menopause; andropause; hypogonadism; gynaecomastia; gynecomastia; man boobs""",
        "oral": """tooth abscess; abscessed tooth; wisdom tooth pain; impacted wisdom tooth; impacted wisdom teeth;
        dry socket; mouth ulcer; canker sore; oral ulcer; halitosis; burning mouth syndrome; tooth loss;
        missing teeth; bruxism; teeth grinding; tmj disorder; tmd; temporomandibular disorder;
        temporomandibular joint disorder; cracked tooth; chipped tooth; broken tooth; knocked-out tooth;
        dental plaque; tartar build-up; receding gums; gum recession; tongue-tie; white tongue; coated tongue;
        sore tongue; chapped lips; cracked lips; oral cancer; tooth sensitivity""",
        "general": """ulcer; abnormal growth; cancerous growth; benign growth; non-cancerous growth; skin growth;
        benign tumour; non-cancerous tumour; cancerous tumour; malignant tumour; secondary cancer;
        metastatic cancer; advanced cancer; terminal cancer; terminal illness; childhood cancer;
        rare cancer; rare disease; chronic condition; long-term illness; serious illness; life-threatening illness;
        life-limiting condition; underlying health condition; underlying condition; pre-existing condition;
        infectious disease; blood poisoning; superbug infection; mrsa; staph infection; group b strep;
        candida; candidiasis; candida overgrowth; parasitic infection; dengue; dengue fever; zika; zika virus;
        ebola; polio; typhoid; hand foot and mouth disease; hand-foot-and-mouth disease; herpes; cyst; polyp;
        fever in children; heatstroke; heat stroke; heat exhaustion; sunstroke; hypothermia; undernutrition;
        myalgic encephalomyelitis; post-viral fatigue syndrome; unexplained weight loss;
        unintentional weight loss; systemic inflammation; cot death; sids; carbon monoxide poisoning;
        lead poisoning; alcohol poisoning; snake bites; animal bites; dog bites""",
    }
)

# ------------------------------------------------------------------------------------ @harm
HARM = _table(
    {
        "heart": """heart flutters; fluttering heart; heart pounding; thumping heart; irregular pulse; rapid pulse;
        raised heart rate; increased heart rate; high heart rate; blood pressure spikes; cold hands and feet;
        poor circulation; high cholesterol; raised cholesterol; high triglycerides; varicose veins;
        spider veins; thread veins; heart rhythm problems""",
        "blood": """nose bleed; blood loss; heavy blood loss; low iron levels; iron deficiency; low blood count;
        low red blood cell count; low white blood cell count; clotting problems; blood in poo; blood in pee;
        blood poisoning; bruising easily""",
        "lungs": """out of breath; short of breath; breathing difficulties; laboured breathing; labored breathing;
        chesty cough; tickly cough; hacking cough; persistent cough; nagging cough; smoker's cough;
        chest congestion; excess mucus; coughing up mucus; coughing up phlegm; coughing up blood; tight chest;
        wheeze; asthma flare-up; asthma symptoms; lung irritation; airway irritation""",
        "digestive": """tummy pain; tummy upset; upset tummy; tummy troubles; stomach problems; stomach issues;
        gut issues; digestive issues; digestive discomfort; digestive complaints; gastric upset;
        gastrointestinal upset; gastrointestinal problems; gi upset; bloated stomach; bloated tummy;
        feeling bloated; abdominal bloating; trapped wind; excess wind; excessive wind; passing wind; burping;
        acid stomach; sour stomach; regurgitation; queasiness; feeling queasy; retching; dry heaving;
        watery diarrhoea; runny poo; tummy cramps; abdominal cramps; hard stools; irregular bowel movements;
        bowel problems; changes in bowel habits; change in bowel habit; pale stools; black stools;
        dark stools; mucus in stool; fatty stools; appetite loss; reduced appetite; increased hunger;
        swallowing problems; feeling full quickly; bleeding ulcer; anal itching; itchy bottom; itchy anus;
        sore bottom; bleeding from the bottom; haemorrhoids; bowel incontinence; leaky gut; gut dysbiosis;
        gut inflammation; intestinal inflammation; stomach inflammation""",
        "liver": """liver scarring; elevated liver enzymes; abnormal liver function; yellow eyes; yellowing skin;
        gallbladder attack; gallstone pain; biliary colic""",
        "kidney": """reduced kidney function; impaired kidney function; kidney impairment; kidney infection; loin pain""",
        "urinary": """weak bladder; leaky bladder; bladder leaks; bladder leakage; urine leaks; leaking urine;
        peeing more often; needing to pee more often; needing to wee; frequent peeing; urgent need to pee;
        getting up at night to pee; nocturia; burning when peeing; pain when peeing; stinging when peeing;
        painful peeing; difficulty peeing; weak urine flow; foamy urine; smelly urine; strong-smelling urine;
        urine infection; water infection; bedwetting; bed-wetting; protein in urine""",
        "brain": """bad headache; splitting headache; pounding headache; throbbing headache; tension headache;
        sinus headache; migraine attack; dizzy spells; feeling dizzy; feeling faint; feeling lightheaded;
        feeling light-headed; spinning sensation; unsteadiness; clumsiness; tingling hands; numb hands;
        numb feet; burning feet; nerve pain; shooting pain; stabbing pain; electric shock sensations;
        brain zaps; brain shivers; head rush; mental fog; foggy head; fuzzy head; muddled thinking;
        slow thinking; difficulty thinking; shakiness; trembling hands; shaky hands; twitching; head pain;
        facial pain; facial numbness; widespread pain; brain bleed""",
        "mind": """feeling low; feeling down; tearfulness; crying spells; emotional changes; angry outbursts;
        anxious feelings; feeling anxious; feeling on edge; feeling stressed; emotional distress; mental distress;
        psychological distress; burnout; poor sleep; broken sleep; disturbed sleep; restless sleep;
        sleep disruption; night waking; early waking; early morning waking; sleeping problems; sleep issues;
        excessive sleepiness; daytime sleepiness; daytime drowsiness; feeling drowsy; feeling sleepy;
        feeling groggy; emotional blunting; emotional flatness; lack of motivation; loss of interest;
        suicidal feelings; thoughts of suicide; self-harm; hearing voices; feeling jittery; caffeine jitters;
        sugar cravings; food cravings; alcohol cravings; drug dependency;
        physical dependence; withdrawal effects; discontinuation symptoms; low libido; reduced libido;
        decreased sex drive; forgetfulness; memory lapses; trouble remembering; difficulty concentrating;
        trouble concentrating; lack of concentration; binge eating; emotional eating; comfort eating;
        bad dreams; strange dreams; sleepwalking; sleep talking; night terrors""",
        "skin": """pimples; zits; acne breakouts; skin blemishes; blackheads; whiteheads; greasy skin; oily skin;
        flaky skin; scaly skin; cracked skin; chapped skin; rough skin; itchy rash; red rash; raised rash;
        blotchy skin; red patches; red skin; facial redness; flushed face; facial flushing; welts; skin welts;
        burning skin; skin sensitivity; sensitive skin; age spots; liver spots; dark spots; dark patches;
        discoloured skin; discolored skin; skin discolouration; skin discoloration; uneven skin tone; dull skin;
        sagging skin; loose skin; wrinkles; fine lines; crow's feet; premature aging; skin aging;
        stretch marks; scars; acne scars; keloids; skin thinning; skin damage; sun damage; balding; baldness;
        bald patches; bald spots; receding hairline; hair thinning; hair breakage; brittle hair; brittle nails;
        weak nails; nail discolouration; ridged nails; dandruff; itchy scalp; dry scalp; flaky scalp;
        unwanted hair; excessive hair growth; hirsutism; heavy sweating; clammy skin; sweaty palms;
        allergic skin reaction; injection site pain; injection site swelling; injection site redness;
        puffiness; puffy face; moon face; slow wound healing; open sores; skin sores; cracked heels;
        growths on the skin; skin growths; lumps and bumps; skin lump""",
        "eyes": """tired eyes; eyestrain; gritty eyes; burning eyes; stinging eyes; bloodshot eyes; puffy eyes;
        eye bags; bags under the eyes; dark circles; dark circles under the eyes; swollen eyelids;
        droopy eyelids; drooping eyelids; fuzzy vision; cloudy vision; hazy vision; vision changes;
        changes in vision; failing eyesight; poor eyesight; bad eyesight; deteriorating eyesight;
        eyesight problems; sight problems; loss of sight; sight loss; floaters; eye floaters;
        halos around lights; light sensitivity; eye twitching; twitching eyelid; eyelid twitch; sticky eyes;
        crusty eyes; watering eyes""",
        "ent": """blocked ears; buzzing in the ears; muffled hearing; hearing problems; sinus pain; sinus pressure;
        blocked sinuses; sinus congestion; post-nasal drip; postnasal drip; streaming nose; itchy nose;
        itchy throat; scratchy throat; throat irritation; dry throat; croaky voice; lost voice; swollen tonsils;
        tonsil stones; loss of sense of smell; loss of taste and smell; changed sense of smell;
        lump in the throat; cold symptoms; colds""",
        "musculoskeletal": """achiness; aching joints; achy joints; sore joints; stiff joints; swollen joints;
        painful joints; creaky joints; joint aches; joint discomfort; joint damage; sore muscles; achy muscles;
        muscle fatigue; muscle tension; muscle knots; tight muscles; pulled muscle; muscle loss;
        muscle wasting; loss of muscle mass; night cramps; foot cramps; calf cramps; back ache; bad back;
        sore back; stiff back; back stiffness; lower back pain; neck stiffness; stiff neck; neck ache;
        shoulder stiffness; sore shoulder; sore arm; arm pain; heel pain; sore feet; swollen feet;
        swollen legs; swollen hands; cartilage damage; bone fractures; broken bones; bone thinning;
        bone density loss; loss of bone density; reduced bone density; tendon damage; tendonitis; tendinitis;
        muscle damage; muscle breakdown; rhabdomyolysis; reduced mobility; loss of mobility;
        mobility problems; limited mobility; morning stiffness""",
        "immune": """allergy symptoms; allergic symptoms; skin allergy; swollen face; swelling of the lips;
        throat swelling; swelling of the throat; anaphylactic reaction; severe allergic reaction;
        frequent colds; weakened immunity; weak immune system; poor immunity; low immunity;
        suppressed immune system; immunosuppression; swollen lymph nodes; lump in the neck; neck lump; autoimmune reaction""",
        "endocrine": """unexplained weight loss; unintended weight loss; unintentional weight loss; rapid weight loss;
        weight fluctuations; putting on weight; sugar spikes; blood sugar crash; sugar crash; energy crash;
        energy slump; blood sugar swings; unstable blood sugar; excessive thirst; increased thirst;
        hormone disruption; hormonal disruption; hormonal changes; endocrine disruption; thyroid damage;
        slow metabolism; sluggish metabolism; insulin spikes""",
        "reproductive": """period pain; period cramps; menstrual cramps; menstrual pain; changes to periods;
        bleeding between periods; post-menopausal bleeding; postmenopausal bleeding;
        no periods; absent periods; premenstrual symptoms; sore breasts; tender breasts; breast swelling;
        breast enlargement; man boobs; gynaecomastia; gynecomastia; nipple discharge; breast lump;
        lump in the breast; testicle lump; lump in the testicle; yeast infection; vaginal thrush;
        vaginal itching; vaginal irritation; vaginal bleeding; painful sex;
        pain during sex; painful intercourse; erection problems; difficulty maintaining an erection;
        erectile problems; weak erections; premature ejaculation; delayed ejaculation; reduced sperm count;
        low sperm count; decreased fertility; fertility problems; testicle pain; sore testicles;
        testicle shrinkage; shrunken testicles; menopausal symptoms; menopause symptoms; vaginal atrophy;
        pelvic floor weakness; premature birth; preterm birth; early labour; pregnancy loss;
        low birth weight; pregnancy complications""",
        "oral": """mouth dryness; cotton mouth; mouth sores; ulcers in the mouth; sore gums; receding gums;
        gum recession; gum inflammation; gum irritation; tooth sensitivity; sensitive teeth; tooth pain;
        tooth loss; loose teeth; tooth discoloration; tooth discolouration; stained teeth; yellow teeth;
        teeth staining; enamel damage; enamel erosion; jaw clenching; bitter taste; taste changes;
        changes in taste; chapped lips; cracked lips; dry lips; cracked corners of the mouth; mouth irritation;
        burning mouth; tongue swelling; sore tongue; white tongue; coated tongue; excess saliva;
        excessive salivation""",
        "general": """ulcer; growths; feeling tired; feeling weak; feeling ill; feeling run down; lack of energy;
        energy dips; sluggishness; raised temperature; cold-like symptoms; flu symptoms; serious infections;
        organ damage; organ failure; toxic build-up; appetite changes; changes in appetite; heat exhaustion;
        heatstroke; tired all the time""",
    }
)

# ------------------------------------------------------------------------------------ @organ
ORGAN = _table(
    {
        "heart": """heart health; cardiovascular health; blood flow; blood circulation;
        cholesterol levels""",
        "blood": """red cells; blood count; iron levels""",
        "lungs": """lung health; respiratory health; lung function; lung capacity; rib cage; ribcage""",
        "digestive": """gut health; digestive health; gut bacteria; gut microbiota; intestinal flora; belly button;
        navel; small bowel; large bowel; back passage; gut-brain axis; stomach acid; waistline; waist;
        abdominal muscles; core muscles""",
        "liver": """liver health; liver function; gall bladder""",
        "kidney": """kidney health; kidney function; renal function""",
        "urinary": """bladder health; urinary health; pelvic floor; pelvic floor muscles""",
        "brain": """brain health; brain function; cognitive function; vagus nerve; grey matter; hippocampus;
        nerve cells""",
        "mind": """emotional health; emotional wellbeing; psychological wellbeing; cognition;
        libido; sex drive; sleep quality""",
        "skin": """skin health; hair health; facial skin; eyelashes; eyebrows; hairline; nail bed; sebaceous gland;
        oil glands; skin cells; underarm; armpit""",
        "eyes": """eye health; eye muscles; eye lens; tear glands""",
        "ent": """ear canal; nasal cavity; eustachian tube; ear health""",
        "musculoskeletal": """bone health; joint health; muscle health; bone density; bone mass; muscle mass;
        lean muscle; muscle tissue; connective tissue; fascia; collarbone; breastbone; tailbone; kneecap;
        hamstring; achilles tendon; rotator cuff; hip joint; knee joint; spinal disc; lower back; upper back;
        thigh; shin; heel; big toe; thumb; forearm; upper arm; buttocks; groin; sole of the foot""",
        "immune": """immune health; immune function; lymph; lymphatics; tonsils and adenoids""",
        "endocrine": """hormonal health; hormone levels; hormonal balance; metabolic health; metabolic rate;
        blood sugar levels; testosterone levels; oestrogen levels; cortisol levels; thyroid function""",
        "reproductive": """sexual health; reproductive health; vaginal health; prostate health; prostate gland;
        labia; clitoris; foreskin; womb lining; endometrium; birth canal; sperm count; sperm quality;
        egg quality; menstrual cycle; breast tissue""",
        "oral": """oral health; gum health; tooth root; jawbone; tastebuds; taste buds""",
        "general": """whole-body health; overall health; general health; physical health; immune defenses; body fat;
        body composition; bodily functions""",
    }
)

# ------------------------------------------------------------------------------------ @drug-class
DRUG_CLASS = _split("""
    hay fever tablet; hay fever medicine; hay fever spray; hay fever remedy; allergy pill; allergy tablet;
    allergy medicine; allergy medication; antihistamine tablet; cough mixture; cough medicine; cough syrup;
    linctus; cough linctus; chesty cough medicine; dry cough medicine; cough and cold medicine;
    cold remedy; flu remedy; cold and flu remedy; cold and flu tablet; cold and flu capsule; cold and flu sachet;
    cold medicine; flu medicine; decongestant spray; decongestant nasal spray; decongestant tablet;
    steroid nasal spray; steroid inhaler; steroid tablet; steroid injection; steroid jab; cortisone injection;
    cortisone shot; blue inhaler; brown inhaler; antibiotic cream; antibiotic ointment; antibiotic eye drops;
    antifungal cream; thrush cream; thrush treatment; antiseptic cream; indigestion remedy; indigestion tablet;
    indigestion medicine; heartburn tablet; heartburn medicine; heartburn medication; reflux medication;
    acid reflux medication; stomach acid pill; rehydration salts; oral rehydration salts; oral rehydration solution;
    anti-diarrhoea medicine; anti-diarrhoea tablet; diarrhoea tablet; travel sickness tablet; travel sickness pill;
    motion sickness pill; motion sickness medication; seasickness pill; anti-sickness medicine; anti-sickness tablet;
    anti-sickness drug; pain pill; pain medication; pain medicine; painkilling drug; strong painkiller;
    prescription painkiller; over-the-counter painkiller; headache pill; headache tablet; migraine medication;
    migraine tablet; period pain tablet; anti-inflammatory painkiller; heart pill; heart medication; heart drug;
    blood pressure tablet; blood pressure drug; cholesterol pill; cholesterol drug; cholesterol medication;
    cholesterol-lowering medication; diabetes drug; diabetes pill; diabetes tablet; insulin injection; insulin pen;
    weight-loss jab; weight loss jab; weight-loss injection; weight loss injection; fat jab; skinny jab;
    slimming jab; slimming pill; weight-loss pill; glp-1 jab; fertility drug; hrt patch; hrt gel; hrt tablet;
    hormone patch; contraceptive pill; mini pill; combined pill; progestogen-only pill; contraceptive injection;
    contraceptive implant; contraceptive patch; morning after pill; emergency contraception; happy pill;
    anxiety medication; anxiety pill; depression medication; sleeping aid; sleep tablet; sleeping medication;
    antipsychotic medication; stimulant medication; adhd drug; adhd medicine; chemo drug; immunotherapy drug;
    biological medicine; worming tablet; worm medicine; head lice treatment; nit lotion;
    antimalarial tablet; malaria tablet; flu jab; flu shot; flu vaccine; covid jab; covid vaccine; booster jab;
    booster shot; nicotine replacement therapy; nicotine patch; nicotine gum; stop-smoking medicine;
    b12 injection; vitamin injection; muscle relaxer; nerve pain medication; numbing cream; numbing gel;
    teething gel; haemorrhoid cream; piles cream; wart treatment; verruca treatment; cold sore cream;
    athlete's foot cream; acne cream; acne medication; hair loss drug; hair loss treatment; erection pill;
    impotence drug; erectile dysfunction medication; antidepressant medication; blood thinning medication;
    anticoagulant medicine; water tablet; diuretic tablet; laxative tablet; stool softener tablet
""")

# ------------------------------------------------------------------------------------ @population
# Added to the existing age groups (ages unchanged). Irregular plurals of "child" listed on purpose.
POPULATION = _table(
    {
        "newborn": """premature baby; preterm baby; premature infant; preterm infant; preemie; newborn child;
        newborn children""",
        "infant": """young baby; breastfed infant; formula-fed baby; under-twos; under-2s""",
        "toddler": """young toddler; under-threes; under-3s; one-year-old; two-year-old; three-year-old""",
        "preschool": """preschool children; preschool-age children; young children; small children;
        nursery-age children; nursery children; four-year-old; five-year-old""",
        "child": """schoolchildren; school-age children; primary school children; school kids; schoolkids;
        primary school pupils; schoolgirls; schoolboys; young girls; young boys; little kids; young kids;
        paediatric population; under-10s; older children; six-year-old; seven-year-old; eight-year-old;
        nine-year-old; ten-year-old; eleven-year-old; twelve-year-old""",
        "tween": """preteen children""",
        "adolescent": """teenage girls; teenage boys; young teens; adolescent girls; adolescent boys; under-16s;
        under-sixteens; sixth formers; high school students; secondary school pupils; teenage children""",
        "young-adult": """twenty-something; young men; young women; under-25s; uni students; undergraduates""",
        "adult": """adult men; adult women; working adults; over-21s; healthy adults; grown men; grown women""",
        "middle-aged": """middle-aged men; middle-aged women; over-45s; over-55s; midlife women; midlife men""",
        "older-adult": """older men; older women; elderly men; elderly women; elderly relatives; elderly parents;
        aging population; over-75s; oap; old-age pensioner; retired people; baby boomers; boomers;
        nursing home residents; people over 65; people over 60; people aged 65 and over""",
        "very-old": """over-85s; over-90s; the very old; people over 80""",
        "all-ages": """adults and children; children and adults; all the family; the entire family; kids and adults;
        old and young""",
    }
)

# ------------------------------------------------------------------------------------ @population-state
# `inflect: none`: plural forms are listed.
POPULATION_STATE = _table(
    {
        "pregnancy": """pregnant mother; pregnant mothers; pregnant mum; pregnant mums; pregnant mom; pregnant moms;
        pregnant person; pregnant patients; expectant mothers; expectant mums; expectant moms; expectant parents;
        expecting mothers; women who are pregnant; if you are pregnant; if you're pregnant; when pregnant;
        while pregnant; in pregnancy; pregnant or breastfeeding; mum to be; mom to be; mother to be;
        mums to be; moms to be; mothers to be; parents-to-be; pregnancies; early pregnancy; late pregnancy;
        pregnant teens""",
        "breastfeeding": """breastfeeding mothers; breastfeeding mums; breastfeeding moms; breastfeeding women;
        breastfeeding mum; breastfeeding mom; breast-feeding mothers; nursing mothers; nursing mums; nursing moms;
        nursing women; lactating mother; lactating mothers; new mothers; new mums; new moms; after giving birth;
        after childbirth; postnatal women; postpartum women; women who are breastfeeding;
        if you are breastfeeding; if you're breastfeeding; while nursing; breastfeeding or pregnant""",
        "trying-to-conceive": """women trying to conceive; couples trying to conceive; trying to get pregnant;
        hoping to get pregnant; planning to get pregnant; planning a baby; women planning a pregnancy;
        ivf patients; undergoing ivf; fertility patients""",
        "menopause": """menopausal women; menopausal woman; postmenopausal women; post-menopausal women;
        perimenopausal women; women going through menopause; women going through the menopause;
        women in menopause; during menopause; during the menopause; after menopause; after the menopause""",
        "allergy": """allergy sufferers; hay fever sufferers; people with hay fever; nut allergy sufferers""",
        "kidney-disease": """kidney patients; people with kidney disease; dialysis patients; kidney impairment;
        reduced kidney function; poor kidney function; kidney transplant patients; kidney transplant recipients""",
        "liver-disease": """people with liver disease; liver patients; liver damage; fatty liver disease; hepatitis""",
        "heart-disease": """heart patients; people with heart disease; people with heart conditions; heart conditions;
        history of heart disease; previous heart attack; heart attack survivors; stroke survivors;
        history of stroke; irregular heartbeat; atrial fibrillation; people with high blood pressure; angina""",
        "diabetes": """diabetes patients; diabetic patients; type 1 diabetics; type 2 diabetics;
        people with type 1 diabetes; people with type 2 diabetes""",
        "surgery": """surgical patients; before an operation; after an operation;
        having surgery; undergoing surgery; post-surgery""",
        "immunocompromised": """immunocompromised people; immunocompromised patients; weakened immune systems;
        weak immune system; people with weakened immune systems; clinically vulnerable;
        clinically extremely vulnerable; transplant recipients; transplant patients; cancer patients;
        having chemotherapy; people having chemotherapy; on immunosuppressants; taking immunosuppressants;
        hiv-positive; people living with hiv""",
        "epilepsy": """people with epilepsy; seizure disorders""",
        "mental-health": """history of mental illness; mental health problems; mental health conditions;
        people with depression; people with mental illness""",
        "bleeding-disorder": """bleeding disorders; on warfarin; taking blood thinners; on anticoagulants;
        clotting disorder; people with haemophilia""",
        "asthma": """people with asthma; asthma sufferers; asthma patients; lung conditions; copd patients""",
        "other-medicines": """taking other medications; on other medicines; already taking medication;
        on prescription medication; on statins; taking statins; on blood pressure medication; taking the pill;
        on hrt; taking hrt; on the contraceptive pill; on steroids; taking steroids; on maois; taking maois""",
        "alcohol": """heavy drinkers; binge drinkers; problem drinkers; people who drink alcohol; alcohol dependent""",
        "driving": """driving or operating machinery; operating heavy machinery; before driving""",
        "athletes": """sportsmen; sportswomen; professional athletes; elite athletes; competitive athletes;
        gym-goers; bodybuilders; marathon runners""",
        "frail": """frail older people; frail elderly people; housebound; bedridden; bed-bound;
        nursing home residents""",
        "smokers": """smoker; smokers; former smokers; ex-smokers; heavy smokers; people who smoke; vapers""",
        "obesity": """people with obesity; people living with obesity; obese people; obese patients;
        overweight people; people who are overweight""",
    }
)

# ------------------------------------------------------------------------------------ @product
PRODUCT = _table(
    {
        "oral-form": """chewables; soft chew; fizzy tablet; dissolvable strip; oral film; liquid capsule; vegan capsule;
        vitamin pill; vitamin tablet; cough drop; cough sweet; throat lozenge; throat sweet; throat pastille;
        oral rinse; health drink; energy drink; protein bar""",
        "topical-form": """lip balm; muscle rub; chest rub; vapour rub; vapor rub; heat rub; heat patch;
        cooling gel; medicated plaster; nasal rinse; saline spray; throat spray; mouth spray; ear spray;
        eye wash; eyewash; nasal strip; bath soak; bath oil; body butter; face cream; night cream;
        eye cream; moisturiser; moisturizer; sunscreen; sun cream; barrier cream; nappy cream; hair serum;
        hair tonic; scalp treatment; face serum; sheet mask; detox foot pad; detox patch; foot patch""",
        "herbal": """herbal tincture; herbal tonic; herbal blend; herbal capsule; flower essence; bach flower remedy;
        aromatherapy oil; essential oil blend; hemp oil; cannabis oil; cbd gummies; cbd product;
        mushroom extract; mushroom supplement; ayurvedic remedy; traditional chinese medicine""",
        "supplement": """iron tablet; iron supplement; calcium supplement; magnesium supplement; zinc supplement;
        vitamin d supplement; vitamin supplement; fibre supplement; omega-3 supplement; greens powder;
        superfood powder; protein supplement; sports supplement; pre-workout; testosterone booster;
        libido booster; metabolism booster; energy booster; brain booster; nootropic; hair vitamins;
        beauty supplement; skin supplement; gut health supplement; immune supplement; sleep gummies;
        slimming tea; skinny tea; teatox; diet tea; diet shake; meal replacement shake; keto pill;
        fat-burning pill; diet supplement; juice cleanse; collagen drink; collagen supplement""",
        "device": """medical device; health device; wellness device; health gadget; wearable; massager; massage gun;
        tens machine; tens unit; copper bracelet; magnetic bracelet; ionic bracelet; red light therapy device;
        led face mask; light therapy lamp; sad lamp; infrared sauna; air purifier; humidifier; nasal dilator;
        posture corrector; back brace; knee brace; orthotic insoles; compression socks; compression stockings;
        blood pressure monitor; fitness tracker; hearing aid; nebuliser; nebulizer; ear candle; weighted blanket;
        sauna blanket; heated blanket; foot spa; foot bath; acupressure mat; heating pad; heat pad; ice pack;
        cervical pillow; massage chair; massage mat; vibration plate; hearing amplifier; smart ring; brace; strips;
        mouth tape; kinesiology tape; tape; pillow; tracker; earplugs; goggles; sleep mask; eye mask; night guard;
        mouthguard; splint; support belt; mat; lamp; wristband; blanket; tub; mouthpiece; headband; insole; balance
        board; blue light glasses; blue-light glasses; breathing trainer; derma roller; derma stamp; dermaroller;
        earbud; earbuds; earthing mat; ems device; exerciser; face roller; grip trainer; grounding mat; grounding
        sheet; hyperbaric chamber; infrared panel; jade roller; jaw trainer; jawline trainer; kegel trainer; led
        panel; light therapy panel; light-blocking glasses; microneedling pen; microneedling roller; muscle
        stimulator; nerve stimulator; oxygen chamber; pelvic floor exerciser; pelvic floor trainer; posture trainer;
        red light panel; resistance band; respiratory muscle trainer; scalp roller; stimulator; sleeve; knee sleeve;
        compression sleeve; wand; light wand; belt; toning belt; laser cap; light therapy cap; helmet; laser helmet;
        strap; smart shirt; garment; app; device; gadget; headset; water bottle; menstrual cup; electric toothbrush;
        toothbrush; water flosser; laser comb; plumper; lip plumper; lip gloss; red light bed; light bed; sauna; cold
        plunge; ice bath; plunge tub; applicator""",
        "general": """wellness product; beauty product; skincare product; natural cure; miracle cure; wonder drug;
        health food; functional food; herbal product; holistic remedy""",
    }
)


# ------------------------------------------------------------------------------------ sources
# Entries for the `sources:` list of the files that merge these words (build_*.py add them).
NHS_SOURCE = {
    "name": "NHS Health A-Z condition names and topic keywords",
    "url": "https://www.nhs.uk/conditions/",
    "licence": "Open Government Licence v3.0 (names only)",
    "note": "read from a public snapshot of the NHS website content API's condition list (GitHub "
    "aeglehealth/Aegle-Patient-IOS, src/nhsData.js, commit 06da466); curated into "
    "tools/vocabulary/consumer_terms.py",
}
DO_SYNONYM_SOURCE = {
    "name": "Human Disease Ontology exact synonyms (src/translations/doid-es-*.tsv)",
    "url": "https://github.com/DiseaseOntology/HumanDiseaseOntology",
    "version": "commit 9fbefd6651b7",
    "licence": "CC0 1.0",
    "note": "consumer synonyms (cot death, chest cold, prickly heat, ...) curated into consumer_terms.py",
}
MEDLINEPLUS_MESH_SOURCE = {
    "name": "MedlinePlus health-topic titles and 'also called' names; MeSH entry terms",
    "url": "https://medlineplus.gov/healthtopics.html and https://meshb.nlm.nih.gov/",
    "licence": "Public domain (US government work)",
    "note": "no machine-readable copy reachable: the everyday consumer words in "
    "tools/vocabulary/consumer_terms.py are hand-curated from knowledge of these public lists",
}


def merge(base: dict[str, list[str]], extra: dict[str, list[str]]) -> dict[str, list[str]]:
    """base with each group's extra words appended (groups only in extra are added)."""
    out = {k: list(v) for k, v in base.items()}
    for k, v in extra.items():
        out.setdefault(k, [])
        out[k] += v
    return out
