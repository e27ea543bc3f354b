//! A generated corpus of news-sized reports in Korean, English and Russian, for benchmarks
//! (`kroniko bench`, the criterion benches). The sentence templates were written by us; the
//! fill-ins (places, weekdays, numbers) vary by document, and the same seed gives the same corpus.

use kroniko_doc::Document;

const EN: &[&str] = &[
    "Police in {city_en} detained {n} protesters on {wd_en} after clashes near the parliament building, the interior ministry said.",
    "Security forces fired tear gas and rubber bullets at demonstrators who tried to march on the presidential palace.",
    "At least {m} people were killed and {n} injured when gunmen attacked a checkpoint outside {city_en}, local officials told reporters.",
    "The government declared a state of emergency in the region and imposed a night-time curfew.",
    "The opposition leader called on the authorities to release all those detained and to open an independent investigation.",
    "The foreign ministry summoned the ambassador and accused the neighbouring state of interfering in its internal affairs.",
    "Officials from both countries met in the capital on {wd_en} and agreed to resume talks on the border dispute next month.",
    "The European Union said it would send {n} tonnes of humanitarian aid to the affected areas.",
    "Thousands of workers went on strike over unpaid wages, blocking roads into the industrial zone.",
    "Analysts say the crisis could deepen if the two sides fail to reach a compromise before the elections.",
    "The army denied reports that soldiers had opened fire on civilians during the operation.",
    "Witnesses said the streets of the old town were quiet by evening, with shops closed and traffic light.",
];
const KO: &[&str] = &[
    "{city_ko} 경찰은 {wd_ko} 의회 앞에서 시위대 {n}명을 연행했다고 내무부가 밝혔다.",
    "보안군은 대통령궁으로 행진하려던 시위대에 최루탄과 고무탄을 발사했다.",
    "무장 괴한들이 {city_ko} 외곽 검문소를 공격해 최소 {m}명이 숨지고 {n}명이 다쳤다고 현지 관리들이 전했다.",
    "정부는 해당 지역에 비상사태를 선포하고 야간 통행금지를 실시했다.",
    "야당 대표는 당국에 구금된 이들을 모두 석방하고 독립적인 조사를 실시할 것을 촉구했다.",
    "외교부는 대사를 초치해 이웃 국가가 내정에 간섭하고 있다고 비난했다.",
    "양국 관리들은 {wd_ko} 수도에서 만나 다음 달 국경 분쟁 협상을 재개하기로 합의했다.",
    "유럽연합은 피해 지역에 인도적 지원 물자 {n}톤을 보내겠다고 밝혔다.",
    "노동자 수천 명이 임금 체불에 항의해 파업에 돌입하고 산업단지로 향하는 도로를 봉쇄했다.",
    "전문가들은 양측이 선거 전에 타협하지 못하면 위기가 심화할 수 있다고 내다봤다.",
    "군은 작전 중 병사들이 민간인에게 발포했다는 보도를 부인했다.",
    "목격자들은 저녁 무렵 구시가지 거리가 조용했으며 상점들은 문을 닫았다고 말했다.",
];
const RU: &[&str] = &[
    "Полиция {city_ru} в {wd_ru} задержала {n} участников акции протеста у здания парламента, сообщили в МВД.",
    "Силовики применили слезоточивый газ и резиновые пули против демонстрантов, пытавшихся пройти к президентскому дворцу.",
    "По меньшей мере {m} человек погибли и {n} получили ранения при нападении боевиков на блокпост, сообщили местные власти.",
    "Правительство ввело в регионе режим чрезвычайного положения и комендантский час.",
    "Лидер оппозиции призвал власти освободить всех задержанных и провести независимое расследование.",
    "МИД вызвал посла и обвинил соседнее государство во вмешательстве во внутренние дела.",
    "Представители двух стран встретились в столице и договорились возобновить переговоры о границе в следующем месяце.",
    "Евросоюз заявил, что направит в пострадавшие районы {n} тонн гуманитарной помощи.",
    "Тысячи рабочих объявили забастовку из-за долгов по зарплате и перекрыли дороги в промышленную зону.",
    "По мнению аналитиков, кризис может усугубиться, если стороны не достигнут компромисса до выборов.",
    "В армии опровергли сообщения о том, что военные открыли огонь по мирным жителям.",
    "По словам очевидцев, к вечеру на улицах старого города было тихо, магазины закрылись.",
];
const CITIES: &[(&str, &str, &str)] = &[
    ("Almaty", "알마티", "Алматы"),
    ("Bishkek", "비슈케크", "Бишкека"),
    ("Tbilisi", "트빌리시", "Тбилиси"),
    ("Yerevan", "예레반", "Еревана"),
    ("Minsk", "민스크", "Минска"),
    ("Khartoum", "하르툼", "Хартума"),
];
const WEEKDAYS: &[(&str, &str, &str)] =
    &[("Monday", "월요일", "понедельник"), ("Tuesday", "화요일", "вторник"), ("Friday", "금요일", "пятницу")];

/// A small deterministic generator (xorshift): the same seed gives the same sequence, so every
/// run benchmarks (and every property test checks) the same inputs.
pub struct Rng(pub u64);
impl Rng {
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `n` documents of about `size` bytes each, a third in each language.
pub fn corpus(n: usize, size: usize) -> Vec<Document> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|i| {
            let templates = [EN, KO, RU][i % 3];
            let mut text = String::new();
            while text.len() < size {
                let (c_en, c_ko, c_ru) = CITIES[rng.below(CITIES.len())];
                let (w_en, w_ko, w_ru) = WEEKDAYS[rng.below(WEEKDAYS.len())];
                let s = templates[rng.below(templates.len())]
                    .replace("{city_en}", c_en)
                    .replace("{city_ko}", c_ko)
                    .replace("{city_ru}", c_ru)
                    .replace("{wd_en}", w_en)
                    .replace("{wd_ko}", w_ko)
                    .replace("{wd_ru}", w_ru)
                    .replace("{n}", &(5 + rng.below(500)).to_string())
                    .replace("{m}", &(2 + rng.below(40)).to_string());
                text.push_str(&s);
                text.push_str(if rng.below(4) == 0 { "\n\n" } else { " " });
            }
            let mut d = Document::new(format!("bench-{i}"), format!("{text}\n(report {i})"));
            d.published = chrono::NaiveDate::from_ymd_opt(2023, 3, 8);
            d
        })
        .collect()
}
