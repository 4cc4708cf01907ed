import type { CoachingTopic, FocusArea, MilestoneCategory } from "@/lib/generated/prisma/enums";

// Small word lists the scale data set is drawn from: Hong Kong places and people in English
// and Chinese, and biotech vocabulary per focus area, so 3,000 start-ups read like the Science
// Park's tenants and not like "Startup 1742".

export type Word = readonly [english: string, chinese: string];

export const PLACES: readonly Word[] = [
  ["Lion Rock", "獅子山"],
  ["Tai Mo Shan", "大帽山"],
  ["Sai Kung", "西貢"],
  ["Tai Po", "大埔"],
  ["Sha Tin", "沙田"],
  ["Tsing Yi", "青衣"],
  ["Lantau", "大嶼山"],
  ["Kowloon", "九龍"],
  ["Victoria", "維多利亞"],
  ["Harbour", "海港"],
  ["Pearl River", "珠江"],
  ["Tolo", "吐露"],
  ["Shek O", "石澳"],
  ["Stanley", "赤柱"],
  ["Aberdeen", "香港仔"],
  ["Wan Chai", "灣仔"],
  ["Kai Tak", "啟德"],
  ["Tuen Mun", "屯門"],
  ["Yuen Long", "元朗"],
  ["Sheung Wan", "上環"],
  ["Cheung Chau", "長洲"],
  ["Lamma", "南丫"],
  ["Clear Water Bay", "清水灣"],
  ["Ma On Shan", "馬鞍山"],
  ["Pak Shek Kok", "白石角"],
  ["Bauhinia", "紫荊"],
  ["Jade", "翡翠"],
  ["Peak", "山頂"],
  ["Dragon Gate", "龍門"],
  ["Phoenix", "鳳凰"],
  ["Azure", "蔚藍"],
  ["Orchid", "蘭花"],
  ["Lotus", "蓮花"],
  ["Crane", "仙鶴"],
  ["Kirin", "麒麟"],
  ["Camellia", "山茶"],
  ["Junk Bay", "將軍澳"],
  ["Plover Cove", "船灣"],
  ["Sunset Peak", "大東山"],
  ["Kam Tin", "錦田"],
];

type FocusVocabulary = {
  stems: readonly Word[];
  suffixes: readonly Word[];
  assets: readonly string[];
  indications: readonly string[];
};

/** Name parts, lead assets and indications per focus area. */
export const FOCUS_VOCABULARY: Record<FocusArea, FocusVocabulary> = {
  ONCOLOGY: {
    stems: [
      ["Onco", "腫瘤"],
      ["Antibody", "抗體"],
      ["Precision", "精準"],
    ],
    suffixes: [
      ["Therapeutics", "治療"],
      ["Biologics", "生物製劑"],
      ["Oncology", "腫瘤科技"],
    ],
    assets: [
      "anti-PD-L1 bispecific antibody",
      "antibody-drug conjugate targeting Claudin 18.2",
      "small-molecule KRAS G12D inhibitor",
      "oncolytic herpes virus",
      "EBV-specific TCR-T therapy",
    ],
    indications: [
      "nasopharyngeal carcinoma",
      "hepatocellular carcinoma",
      "gastric cancer",
      "non-small-cell lung cancer",
      "triple-negative breast cancer",
    ],
  },
  IMMUNOLOGY: {
    stems: [
      ["Immune", "免疫"],
      ["Cytokine", "細胞因子"],
    ],
    suffixes: [
      ["Therapeutics", "治療"],
      ["Biosciences", "生物科學"],
      ["Immunology", "免疫科技"],
    ],
    assets: [
      "oral JAK1-selective inhibitor",
      "IL-23 nanobody",
      "tolerogenic dendritic-cell therapy",
      "microbiome-derived peptide",
    ],
    indications: [
      "lupus nephritis",
      "atopic dermatitis",
      "rheumatoid arthritis",
      "ulcerative colitis",
    ],
  },
  INFECTIOUS_DISEASE: {
    stems: [
      ["Vaccine", "疫苗"],
      ["Phage", "噬菌體"],
      ["Antiviral", "抗病毒"],
    ],
    suffixes: [
      ["Vaccines", "疫苗科技"],
      ["Biotech", "生物科技"],
      ["Pharmaceuticals", "製藥"],
    ],
    assets: [
      "intranasal mRNA vaccine",
      "bacteriophage cocktail",
      "broad-spectrum neutralising antibody",
      "host-directed antiviral",
    ],
    indications: [
      "influenza A",
      "drug-resistant tuberculosis",
      "chronic hepatitis B",
      "MRSA skin infections",
    ],
  },
  MEDICAL_DEVICES: {
    stems: [
      ["Ortho", "骨科"],
      ["Cardio", "心臟"],
      ["Micro", "微創"],
    ],
    suffixes: [
      ["MedTech", "醫療科技"],
      ["Robotics", "機械人"],
      ["Medical", "醫療"],
    ],
    assets: [
      "magnetically steered endoscope",
      "bioresorbable bone screw",
      "microneedle drug-delivery patch",
      "wearable single-lead ECG patch",
    ],
    indications: [
      "early gastric cancer resection",
      "osteoporotic fractures",
      "atrial fibrillation screening",
      "chronic wound care",
    ],
  },
  DIAGNOSTICS: {
    stems: [
      ["Gene", "基因"],
      ["Liquid", "液態"],
      ["Rapid", "快速"],
    ],
    suffixes: [
      ["Diagnostics", "診斷"],
      ["Genomics", "基因組學"],
      ["Labs", "實驗室"],
    ],
    assets: [
      "cell-free DNA methylation panel",
      "point-of-care CRISPR assay",
      "urine exosome test",
      "multiplex respiratory PCR cartridge",
    ],
    indications: [
      "colorectal cancer screening",
      "early liver cancer detection",
      "sepsis triage",
      "respiratory infections",
    ],
  },
  CELL_GENE_THERAPY: {
    stems: [
      ["Cell", "細胞"],
      ["Gene", "基因"],
      ["RNA", "核糖核酸"],
    ],
    suffixes: [
      ["Cell Therapeutics", "細胞治療"],
      ["Gene Therapy", "基因治療"],
      ["Biotherapeutics", "生物治療"],
    ],
    assets: [
      "allogeneic iPSC-derived NK cells",
      "AAV gene therapy",
      "base-edited haematopoietic stem cells",
      "autologous CAR-T",
    ],
    indications: [
      "beta-thalassaemia",
      "relapsed B-cell lymphoma",
      "inherited retinal dystrophy",
      "solid tumours",
    ],
  },
  DIGITAL_HEALTH: {
    stems: [
      ["Vision", "視覺"],
      ["Neuro", "神經"],
      ["Smart", "智能"],
    ],
    suffixes: [
      ["Health", "健康"],
      ["Analytics", "分析"],
      ["AI", "人工智能"],
    ],
    assets: [
      "AI-assisted retinal screening",
      "digital therapeutic app",
      "remote-monitoring platform",
      "speech-biomarker model",
    ],
    indications: [
      "diabetic retinopathy",
      "childhood myopia",
      "post-stroke rehabilitation",
      "early Parkinson's disease",
    ],
  },
  TCM_MODERNISATION: {
    stems: [
      ["Herbal", "草本"],
      ["Jade", "玉"],
    ],
    suffixes: [
      ["Botanicals", "植物藥"],
      ["Pharmaceuticals", "製藥"],
      ["Chinese Medicine", "中醫藥"],
    ],
    assets: [
      "standardised Astragalus extract",
      "granule formula of Si Jun Zi Tang",
      "ginsenoside Rg3 nanoparticle",
    ],
    indications: ["cancer-related fatigue", "chronic kidney disease", "functional dyspepsia"],
  },
};

export const SURNAMES: readonly Word[] = [
  ["Chan", "陳"],
  ["Wong", "黃"],
  ["Lee", "李"],
  ["Cheung", "張"],
  ["Lau", "劉"],
  ["Ng", "吳"],
  ["Ho", "何"],
  ["Leung", "梁"],
  ["Yip", "葉"],
  ["Tsang", "曾"],
  ["Lam", "林"],
  ["Tang", "鄧"],
  ["Kwok", "郭"],
  ["Fung", "馮"],
  ["Choi", "蔡"],
  ["Mak", "麥"],
  ["Yeung", "楊"],
  ["Poon", "潘"],
  ["Siu", "蕭"],
  ["Chow", "周"],
  ["Law", "羅"],
  ["Tse", "謝"],
  ["Tam", "譚"],
  ["Cheng", "鄭"],
  ["Lo", "盧"],
  ["Chu", "朱"],
  ["Hui", "許"],
  ["Kwan", "關"],
  ["Yuen", "袁"],
  ["Chung", "鍾"],
  ["So", "蘇"],
  ["Ma", "馬"],
  ["Au", "區"],
  ["Sze", "施"],
  ["Luk", "陸"],
  ["Pang", "彭"],
  ["Shum", "沈"],
  ["Kong", "江"],
];

export const GIVEN_NAMES: readonly string[] = [
  "Adrian",
  "Alice",
  "Andy",
  "Angela",
  "Ben",
  "Bonnie",
  "Calvin",
  "Carmen",
  "Cecilia",
  "Charlotte",
  "Chris",
  "Daisy",
  "Derek",
  "Edmund",
  "Eliza",
  "Eric",
  "Fiona",
  "Gary",
  "Gloria",
  "Hazel",
  "Henry",
  "Irene",
  "Ivan",
  "Jacky",
  "Janice",
  "Jason",
  "Jenny",
  "Joyce",
  "Karen",
  "Kenneth",
  "Kitty",
  "Louis",
  "Mandy",
  "Marco",
  "Natalie",
  "Oscar",
  "Patrick",
  "Peggy",
  "Raymond",
  "Rebecca",
  "Sammi",
  "Stanley",
  "Terence",
  "Tiffany",
  "Vincent",
  "Wing",
  "Winnie",
  "Yvonne",
];

export const CHINESE_GIVEN_NAMES: readonly string[] = [
  "嘉欣",
  "志明",
  "家豪",
  "詠詩",
  "俊傑",
  "美玲",
  "子軒",
  "曉彤",
  "浩然",
  "潔瑩",
  "偉文",
  "凱琳",
  "卓謙",
  "思穎",
  "國強",
  "慧敏",
  "健榮",
  "雅婷",
  "文傑",
  "靜怡",
  "宇軒",
  "樂瑤",
  "承恩",
  "穎欣",
];

export const UNIVERSITIES = ["HKU", "CUHK", "HKUST", "PolyU", "CityU", "HKBU", null] as const;

export const PIPELINE_STAGES = [
  "Discovery",
  "Preclinical",
  "IND-enabling",
  "Phase I",
  "Phase II",
  "Clinical validation",
  "Market ready",
] as const;

export const FOUNDER_TITLES = ["Founder & CEO", "Co-founder & CEO", "Founder & CSO"] as const;
export const COFOUNDER_TITLES = [
  "Co-founder & CSO",
  "Co-founder & CTO",
  "Co-founder & COO",
] as const;

/** Programme name patterns per operator; `{area}` is a focus-area label. */
export const PROGRAMME_PATTERNS: readonly Word[] = [
  ["{area} Accelerator", "{areaZh}加速計劃"],
  ["{area} Incubation Programme", "{areaZh}培育計劃"],
  ["{area} Launchpad", "{areaZh}啟航計劃"],
  ["{area} Venture Programme", "{areaZh}創業計劃"],
  ["Greater Bay Area {area} Programme", "大灣區{areaZh}計劃"],
  ["{area} Translational Programme", "{areaZh}轉化計劃"],
];

export const FOCUS_AREA_CHINESE: Record<FocusArea, string> = {
  INFECTIOUS_DISEASE: "傳染病",
  IMMUNOLOGY: "免疫學",
  ONCOLOGY: "腫瘤學",
  MEDICAL_DEVICES: "醫療器械",
  DIAGNOSTICS: "診斷",
  CELL_GENE_THERAPY: "細胞及基因治療",
  DIGITAL_HEALTH: "數碼健康",
  TCM_MODERNISATION: "中醫藥現代化",
};

/** A milestone pathway: category, title and days after the enrolment starts. */
export const MILESTONE_PATHWAY: readonly (readonly [MilestoneCategory, string, number])[] = [
  ["RESEARCH", "Lead candidate selected", 60],
  ["RESEARCH", "In-vitro proof of concept", 120],
  ["FUNDRAISING", "Seed round extension closed", 150],
  ["PRECLINICAL", "Animal efficacy study complete", 210],
  ["REGULATORY", "Pre-IND meeting with the FDA", 270],
  ["MANUFACTURING_GMP", "Process development at HKSTP GMP facility", 330],
  ["PRECLINICAL", "GLP toxicology study complete", 400],
  ["REGULATORY", "IND filing (FDA)", 460],
  ["REGULATORY", "CTA filing (NMPA)", 500],
  ["MANUFACTURING_GMP", "GMP batch release", 560],
  ["CLINICAL", "First patient dosed at Queen Mary Hospital", 640],
  ["COMMERCIAL", "Distribution agreement in the Greater Bay Area", 720],
  ["CLINICAL", "Phase I enrolment complete at Prince of Wales Hospital", 820],
  ["FUNDRAISING", "Series A closed", 900],
  ["REGULATORY", "GBA urgent-clinical-use approval", 980],
  ["CLINICAL", "Phase I readout", 1080],
  ["FUNDRAISING", "HKEX Chapter 18A listing application filed", 1260],
];

export const COACHING_TOPICS: readonly CoachingTopic[] = [
  "COMMERCIALISATION",
  "MANUFACTURING",
  "SCALE_UP",
  "MARKETING_STRATEGY",
  "REGULATORY",
  "CLINICAL",
  "FUNDRAISING",
  "IP",
];

/** Shared notes of a logged session, by its first topic. */
export const SESSION_NOTES: Record<CoachingTopic, readonly string[]> = {
  COMMERCIALISATION: [
    "Walked through the target product profile; agreed to interview three KOLs at Queen Mary Hospital before fixing the first indication.",
    "Reviewed pricing assumptions for Hong Kong and the GBA; the reimbursement case needs local cost-of-care data.",
  ],
  MANUFACTURING: [
    "Compared the HKSTP GMP facility with two CDMOs in Suzhou; cost per batch is close, timelines favour HKSTP.",
    "Went through the tech-transfer package; the analytical methods need qualification before the first GMP run.",
  ],
  SCALE_UP: [
    "Yield drops at 50 L; suggested a design-of-experiments run on feed timing before the next scale-up.",
    "Discussed moving from adherent to suspension culture; budget impact to be modelled.",
  ],
  MARKETING_STRATEGY: [
    "Refined the one-page pitch for BIO; lead with the clinical need, not the platform.",
    "Mapped the distributor landscape in Singapore and Malaysia for a second market.",
  ],
  REGULATORY: [
    "Prepared questions for the pre-IND meeting; the FDA will ask about the potency assay.",
    "Discussed the NMPA pathway and the GBA urgent-clinical-use route via the HKU-Shenzhen Hospital.",
  ],
  CLINICAL: [
    "Reviewed the Phase I protocol synopsis; the dose-escalation design needs a sentinel cohort.",
    "Discussed site selection: Prince of Wales Hospital for enrolment speed, Hong Kong Sanatorium for the private cohort.",
  ],
  FUNDRAISING: [
    "Rehearsed the Series A pitch; the use-of-funds slide must tie to the IND timeline.",
    "Listed investors active in HKEX Chapter 18A companies and agreed on warm introductions.",
  ],
  IP: [
    "Freedom-to-operate search flagged one competing patent family; counsel to assess before the PCT deadline.",
    "Reviewed the university licence: the sublicensing terms need renegotiation before a partnering deal.",
  ],
};

export const ACTION_ITEMS: readonly string[] = [
  "Send the updated target product profile",
  "Book the pre-IND meeting slot",
  "Share the CDMO quotations",
  "Draft the Series A data-room index",
  "Introduce two KOLs at Prince of Wales Hospital",
  "Revise the use-of-funds slide",
  "Ask counsel for the freedom-to-operate opinion",
  "Prepare the Phase I protocol synopsis",
];

export const REVIEW_COMMENTS: readonly string[] = [
  "Strong preclinical package; the team needs regulatory experience.",
  "Clear unmet need in Hong Kong; the IP position depends on a single provisional filing.",
  "Good fit with the programme's facilities; the commercial plan is thin.",
  "Convincing data, experienced founders; funding ask is realistic.",
  "Early-stage science with a long path to the clinic.",
  "Crowded field; differentiation against existing therapies is not yet shown.",
];
