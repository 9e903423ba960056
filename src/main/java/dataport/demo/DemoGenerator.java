package dataport.demo;

import dataport.catalog.BillingPeriod;
import dataport.catalog.CatalogService.NewPlan;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.ListingContent;
import dataport.catalog.PricingModel;
import dataport.catalog.UpdateFrequency;
import dataport.merchants.MerchantService.NewMerchant;
import dataport.merchants.Origin;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes up a realistic bilingual catalogue of any size from a seed: merchants from 40 countries (China and abroad) and
 * listings across every track of plan §9, with Markdown descriptions, plans in the merchants' currencies and the
 * classification rules respected. Same seed, same catalogue: every merchant and every listing is a pure function of
 * the seed and its own number (its own random stream), so listing 900,000 is the same whether it is made alone or
 * after the 899,999 before it, and a benchmark can stream a million listings in chunks.
 */
final class DemoGenerator {

    /** The seed of the demo catalogue; the day DataPort's catalogue issue was opened. */
    static final long SEED = 20261130L;

    private static final String[] QUALIFIERS_EN = {
        "Real-time",
        "Global",
        "Asia-Pacific",
        "Enterprise",
        "Managed",
        "Secure",
        "Cross-border",
        "Smart",
        "Open",
        "High-availability",
        "Compliance-ready",
        "Lite"
    };
    private static final String[] QUALIFIERS_ZH = {
        "实时", "全球", "亚太", "企业级", "托管式", "安全", "跨境", "智能", "开放", "高可用", "合规就绪", "轻量版"
    };
    private static final String[][] BRANDS = {
        {"Blue Harbour", "蓝港"},
        {"Silver Peak", "银峰"},
        {"North Star", "北辰"},
        {"Jade River", "玉川"},
        {"Red Maple", "赤枫"},
        {"Cloud Bridge", "云桥"},
        {"Pine Ridge", "松岭"},
        {"Bright Sea", "明海"},
        {"East Wind", "东风"},
        {"Crystal Lake", "晶湖"},
        {"Iron Bay", "铁湾"},
        {"Sky Lantern", "天灯"},
        {"Morning Tide", "晨潮"},
        {"Lighthouse", "灯塔"},
        {"Falcon", "隼翼"},
        {"Orchid", "兰芯"},
        {"Lotus", "莲华"},
        {"Aurora", "极光"},
        {"Meridian Point", "子午"},
        {"Horizon", "远界"},
        {"Compass", "罗盘"},
        {"Beacon", "信标"},
        {"Zenith", "天顶"},
        {"Vertex", "顶点"},
        {"Quasar", "类星"},
        {"Nimbus", "雨云"},
        {"Granite", "花岗"},
        {"Willow", "柳岸"},
        {"Cedar", "雪松"},
        {"Tidewater", "潮汐"},
        {"Starling", "椋鸟"},
        {"Polaris", "北极星"},
        {"Nova", "新星"},
        {"Helix", "螺旋"},
        {"Prism", "棱镜"},
        {"Vector", "矢量"},
        {"Axiom", "公理"},
        {"Lumen", "流明"},
        {"Bamboo Grove", "竹林"},
        {"Golden Sail", "金帆"},
        {"White Crane", "白鹤"},
        {"Coral", "珊瑚"},
        {"Summit Line", "峰线"},
        {"Riverstone", "川石"},
        {"Evergreen", "长青"},
        {"Silk Road", "丝路"},
        {"Bluefin", "蓝鳍"},
        {"Sunrise", "旭日"},
        {"Keystone", "基石"},
        {"Atlas", "阿特拉斯"},
        {"Orbit", "轨道"},
        {"Pioneer", "先锋"},
        {"Harmony", "和声"},
        {"Skyline", "天际"},
        {"Deepwater", "深水"},
        {"Clearview", "明鉴"},
        {"Ember", "余烬"},
        {"Tessera", "镶嵌"},
        {"Kite", "风筝"},
        {"Mosaic", "马赛克"}
    };
    private static final String[][] SECTORS = {
        {"Data", "数据"},
        {"Cloud", "云"},
        {"Digital", "数字"},
        {"Analytics", "分析"},
        {"Networks", "网络"},
        {"Intelligence", "智能"},
        {"Systems", "系统"},
        {"Media", "传媒"}
    };

    /** Domestic cities: English and Chinese names; Shanghai (Lingang) is the park's own. */
    private static final String[][] CHINESE_CITIES = {
        {"Shanghai", "上海"}, {"Shanghai", "上海"}, {"Shanghai", "上海"}, {"Beijing", "北京"}, {"Shenzhen", "深圳"},
        {"Hangzhou", "杭州"}, {"Guangzhou", "广州"}, {"Chengdu", "成都"}, {"Nanjing", "南京"}, {"Suzhou", "苏州"},
        {"Wuhan", "武汉"}, {"Hefei", "合肥"}, {"Xi'an", "西安"}, {"Guiyang", "贵阳"}, {"Tianjin", "天津"}
    };

    /** Foreign countries: ISO code, currency, main language, legal form, cities, neighbours they also serve. */
    private record Country(
            String code, String currency, String language, String legalForm, String[] cities, String[] neighbours) {}

    private static final List<Country> FOREIGN = List.of(
            country("SG", "SGD", "en", "Pte. Ltd.", "Singapore", "MY,ID,TH,VN,PH"),
            country("JP", "JPY", "ja", "K.K.", "Tokyo,Osaka,Fukuoka", "KR,SG,US"),
            country("KR", "KRW", "ko", "Co., Ltd.", "Seoul,Busan", "JP,SG"),
            country("DE", "EUR", "de", "GmbH", "Berlin,Munich,Hamburg,Frankfurt", "AT,CH,NL,FR,PL"),
            country("FR", "EUR", "fr", "SAS", "Paris,Lyon,Toulouse", "BE,DE,ES,IT"),
            country("GB", "GBP", "en", "Ltd", "London,Manchester,Edinburgh", "IE,NL,US"),
            country("US", "USD", "en", "Inc.", "San Francisco,New York,Seattle,Austin", "CA,MX,GB"),
            country("NL", "EUR", "nl", "B.V.", "Amsterdam,Rotterdam,Eindhoven", "BE,DE,GB"),
            country("CH", "CHF", "de", "AG", "Zurich,Geneva,Basel", "DE,FR,IT,AT"),
            country("SE", "SEK", "sv", "AB", "Stockholm,Gothenburg", "NO,DK,FI"),
            country("FI", "EUR", "fi", "Oy", "Helsinki,Espoo", "SE,NO"),
            country("NO", "NOK", "no", "AS", "Oslo,Bergen", "SE,DK"),
            country("DK", "DKK", "da", "ApS", "Copenhagen,Aarhus", "SE,DE,NO"),
            country("IE", "EUR", "en", "Ltd", "Dublin,Cork", "GB,NL"),
            country("ES", "EUR", "es", "S.L.", "Madrid,Barcelona,Valencia", "PT,FR,MX"),
            country("IT", "EUR", "it", "S.r.l.", "Milan,Rome,Turin", "CH,FR,AT"),
            country("PT", "EUR", "pt", "Lda.", "Lisbon,Porto", "ES,BR"),
            country("BE", "EUR", "fr", "SRL", "Brussels,Antwerp", "NL,FR,DE"),
            country("AT", "EUR", "de", "GmbH", "Vienna,Graz", "DE,CH,CZ"),
            country("PL", "PLN", "pl", "Sp. z o.o.", "Warsaw,Krakow", "DE,CZ"),
            country("CZ", "CZK", "cs", "s.r.o.", "Prague,Brno", "DE,AT,PL"),
            country("HU", "HUF", "hu", "Kft.", "Budapest", "AT,CZ"),
            country("AE", "AED", "ar", "FZ-LLC", "Dubai,Abu Dhabi", "SA,EG,IN"),
            country("SA", "SAR", "ar", "LLC", "Riyadh,Jeddah", "AE,EG"),
            country("IL", "ILS", "he", "Ltd.", "Tel Aviv,Haifa", "US,GB"),
            country("TR", "TRY", "tr", "A.Ş.", "Istanbul,Ankara", "DE,AE"),
            country("IN", "INR", "en", "Pvt. Ltd.", "Bengaluru,Mumbai,Hyderabad", "SG,AE,GB,US"),
            country("ID", "IDR", "id", "PT", "Jakarta,Surabaya", "SG,MY"),
            country("MY", "MYR", "ms", "Sdn. Bhd.", "Kuala Lumpur,Penang", "SG,ID,TH"),
            country("TH", "THB", "th", "Co., Ltd.", "Bangkok,Chiang Mai", "MY,VN,SG"),
            country("VN", "VND", "vi", "JSC", "Ho Chi Minh City,Hanoi", "TH,SG"),
            country("PH", "PHP", "en", "Inc.", "Manila,Cebu", "SG,US"),
            country("AU", "AUD", "en", "Pty Ltd", "Sydney,Melbourne,Perth", "NZ,SG"),
            country("NZ", "NZD", "en", "Ltd", "Auckland,Wellington", "AU"),
            country("CA", "CAD", "en", "Inc.", "Toronto,Vancouver,Montreal", "US"),
            country("BR", "BRL", "pt", "Ltda.", "São Paulo,Rio de Janeiro", "PT,MX,CL"),
            country("MX", "MXN", "es", "S.A. de C.V.", "Mexico City,Monterrey", "US,ES"),
            country("CL", "CLP", "es", "SpA", "Santiago", "BR,MX"),
            country("ZA", "ZAR", "en", "(Pty) Ltd", "Johannesburg,Cape Town", "KE,NG"),
            country("KE", "KES", "en", "Ltd", "Nairobi", "ZA,NG"),
            country("NG", "NGN", "en", "Ltd", "Lagos", "KE,ZA"),
            country("EG", "EGP", "ar", "S.A.E.", "Cairo,Alexandria", "AE,SA"));

    /** Roughly how many units of each currency buy one US dollar, for prices that look local. */
    private static final Map<String, Double> PER_USD = Map.ofEntries(
            Map.entry("CNY", 7.0),
            Map.entry("USD", 1.0),
            Map.entry("SGD", 1.3),
            Map.entry("JPY", 150.0),
            Map.entry("KRW", 1300.0),
            Map.entry("EUR", 0.9),
            Map.entry("GBP", 0.8),
            Map.entry("CHF", 0.9),
            Map.entry("SEK", 10.0),
            Map.entry("NOK", 10.0),
            Map.entry("DKK", 7.0),
            Map.entry("PLN", 4.0),
            Map.entry("CZK", 23.0),
            Map.entry("HUF", 360.0),
            Map.entry("AED", 3.7),
            Map.entry("SAR", 3.75),
            Map.entry("ILS", 3.7),
            Map.entry("TRY", 32.0),
            Map.entry("INR", 83.0),
            Map.entry("IDR", 16000.0),
            Map.entry("MYR", 4.7),
            Map.entry("THB", 36.0),
            Map.entry("VND", 25000.0),
            Map.entry("PHP", 56.0),
            Map.entry("AUD", 1.5),
            Map.entry("NZD", 1.6),
            Map.entry("CAD", 1.35),
            Map.entry("BRL", 5.0),
            Map.entry("MXN", 17.0),
            Map.entry("CLP", 900.0),
            Map.entry("ZAR", 18.0),
            Map.entry("KES", 130.0),
            Map.entry("NGN", 1500.0),
            Map.entry("EGP", 48.0));

    private static final Map<DeliveryMode, String[]> DELIVERY = Map.of(
            DeliveryMode.API, new String[] {"delivered through a documented REST API", "通过标准 REST API 交付"},
            DeliveryMode.FILE,
                    new String[] {"delivered as files (CSV, Parquet or media)", "以文件形式交付（CSV、Parquet 或媒体文件）"},
            DeliveryMode.SAAS, new String[] {"run as a hosted service (SaaS)", "以 SaaS 托管服务形式提供"},
            DeliveryMode.DEDICATED_LINE, new String[] {"delivered over a dedicated line", "通过专线交付"},
            DeliveryMode.ON_PREMISE, new String[] {"installed on the customer's premises", "在客户本地部署"},
            DeliveryMode.PROFESSIONAL_SERVICE, new String[] {"delivered by a consulting team", "由专业服务团队交付"});

    private static final int[] BASE_PRICES_USD = {9, 19, 29, 49, 99, 149, 199, 299, 499, 990, 1490, 2990, 4990, 9900};

    private static final String[] LICENCES_EN = {
        "Standard commercial licence: internal use by the buying organisation; no resale or redistribution.",
        "Subscription licence per organisation; results may be used in the buyer's own products, raw data may not.",
        "Service agreement with a data processing addendum; the customer keeps all rights to its data.",
        "Perpetual licence for the delivered version; updates for 12 months."
    };
    private static final String[] LICENCES_ZH = {
        "标准商业许可：仅限购买方内部使用，不得转售或再分发。",
        "按机构订阅许可；分析结果可用于买方自有产品，原始数据不得对外提供。",
        "服务协议附数据处理附件；客户保留其数据的全部权利。",
        "交付版本永久许可，含 12 个月更新。"
    };

    private final long seed;
    private final Vocabulary vocabulary;

    DemoGenerator(long seed, Vocabulary vocabulary) {
        this.seed = seed;
        this.vocabulary = vocabulary;
    }

    static DemoGenerator standard() {
        return new DemoGenerator(SEED, Vocabulary.load());
    }

    /** How many merchants a catalogue of {@code listings} gets: about 17 listings each, 300 at least, 5,000 at most. */
    static int merchantsFor(int listings) {
        return Math.clamp(listings / 17, 300, 5000);
    }

    /** A generated merchant: its profile as registered, the whitelist scope it is granted (or null), its tracks. */
    record GeneratedMerchant(int number, NewMerchant profile, Bilingual whitelistScope, List<String> tracks) {}

    /** Listing {@code number}, sold by generated merchant {@code merchantNumber}. */
    record GeneratedListing(int number, int merchantNumber, ListingContent content, int publishedMinutesAgo) {}

    /** The first {@code count} merchants; slugs are unique among them (and start with "g-", apart from hand-made ones). */
    List<GeneratedMerchant> merchants(int count) {
        List<GeneratedMerchant> merchants = new ArrayList<>(count);
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < count; i++) {
            merchants.add(merchant(i, slugs));
        }
        return merchants;
    }

    private GeneratedMerchant merchant(int number, Set<String> slugs) {
        SplittableRandom random = random(1, number);
        // About 45% domestic: the park's own data merchants, the rest from abroad.
        boolean domestic = random.nextInt(100) < 45;
        String[] brand = pick(random, BRANDS);
        String[] sector = pick(random, SECTORS);
        List<String> tracks = new ArrayList<>();
        List<String> allTracks = vocabulary.trackCodes();
        tracks.add(allTracks.get(random.nextInt(allTracks.size())));
        String second = allTracks.get(random.nextInt(allTracks.size()));
        if (!tracks.contains(second)) {
            tracks.add(second);
        }
        int founded = 1998 + random.nextInt(26);
        String slugBase;
        Bilingual name;
        String countryCode;
        String city;
        String registration;
        String cityZh;
        if (domestic) {
            String[] c = pick(random, CHINESE_CITIES);
            city = c[0];
            cityZh = c[1];
            countryCode = "CN";
            name = Bilingual.of(
                    brand[0] + " " + sector[0] + " Technology (" + city + ") Co., Ltd.",
                    cityZh + brand[1] + sector[1] + "科技有限公司");
            registration = creditCode(random);
            slugBase = slug(brand[0] + " " + sector[0] + " " + city);
        } else {
            Country country = FOREIGN.get(random.nextInt(FOREIGN.size()));
            city = country.cities()[random.nextInt(country.cities().length)];
            cityZh = null;
            countryCode = country.code();
            String countryZh = Locale.of("", country.code()).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
            name = Bilingual.of(
                    brand[0] + " " + sector[0] + " " + country.legalForm(),
                    brand[1] + sector[1] + "（" + countryZh + "）有限公司");
            registration = country.code() + "-" + (100000 + random.nextInt(900000));
            slugBase = slug(brand[0] + " " + sector[0] + " " + country.code());
        }
        String slug = slugBase;
        for (int n = 2; !slugs.add(slug); n++) {
            slug = slugBase + "-" + n;
        }
        slug = "g-" + slug;
        String website = "https://www." + slugBase.replace("-", "") + ".example";
        Bilingual trackNames = Bilingual.of(
                String.join(
                        " and ",
                        tracks.stream()
                                .map(t -> vocabulary.trackName(t).en().toLowerCase(Locale.ROOT))
                                .toList()),
                String.join(
                        "与",
                        tracks.stream().map(t -> vocabulary.trackName(t).zh()).toList()));
        Phrase use = vocabulary
                .uses(tracks.getFirst())
                .get(random.nextInt(vocabulary.uses(tracks.getFirst()).size()));
        int staff = 20 + random.nextInt(40) * 25;
        Bilingual description = Bilingual.of(
                name.en() + " was founded in " + founded + " in " + city + (domestic ? ", China" : "")
                        + ". Its " + staff + " people work on " + trackNames.en() + ", with customers in "
                        + (domestic ? "China and abroad" : "its home market and Asia") + ", mostly in " + use.en()
                        + ". Certified to ISO 27001.",
                name.zh() + "成立于 " + founded + " 年，总部位于"
                        + (domestic ? cityZh : Locale.of("", countryCode).getDisplayCountry(Locale.SIMPLIFIED_CHINESE))
                        + "，现有员工 " + staff + " 人，专注" + trackNames.zh() + "，主要服务于" + use.zh()
                        + "等场景，已通过 ISO 27001 认证。");
        Bilingual whitelistScope = null;
        if (!domestic && random.nextInt(100) < 25) {
            Bilingual track = vocabulary.trackName(tracks.getFirst());
            whitelistScope = Bilingual.of(track.en() + " for international buyers", track.zh() + "国际服务");
        }
        NewMerchant profile = new NewMerchant(
                slug,
                name,
                domestic ? Origin.DOMESTIC : Origin.FOREIGN,
                countryCode,
                city,
                website,
                registration,
                founded,
                description,
                DemoContacts.salesAddress(slug, website));
        return new GeneratedMerchant(number, profile, whitelistScope, List.copyOf(tracks));
    }

    /** Listing number {@code number} of a catalogue whose merchants are {@code merchants} (as from {@link #merchants}). */
    GeneratedListing listing(int number, List<GeneratedMerchant> merchants) {
        SplittableRandom random = random(2, number);
        // A few merchants sell a lot, most a handful: skew the pick towards the first ones.
        double skew = Math.pow(random.nextDouble(), 1.6);
        GeneratedMerchant merchant = merchants.get(Math.min(merchants.size() - 1, (int) (skew * merchants.size())));
        boolean domestic = merchant.profile().origin() == Origin.DOMESTIC;
        int roll = random.nextInt(100);
        String track = roll < 70
                ? merchant.tracks().getFirst()
                : roll < 95
                        ? merchant.tracks().getLast()
                        : vocabulary
                                .trackCodes()
                                .get(random.nextInt(vocabulary.trackCodes().size()));
        List<String> subTracks = vocabulary.subTracks(track);
        String subTrack = subTracks.get(random.nextInt(subTracks.size()));
        Phrase product = pick(random, vocabulary.products(subTrack));
        int q = random.nextInt(QUALIFIERS_EN.length);
        String brandEn2 = brandEn(merchant);
        Bilingual title = Bilingual.of(
                brandEn2 + " " + QUALIFIERS_EN[q] + " " + product.en(),
                brandZh(merchant) + QUALIFIERS_ZH[q] + product.zh());

        List<Phrase> features = shuffledCopy(random, vocabulary.features(track));
        List<Phrase> uses = shuffledCopy(random, vocabulary.uses(track));
        boolean dataTrack = vocabulary.isDataTrack(track);
        DataClassification classification = classification(random, dataTrack, domestic);
        boolean crossBorder = classification != DataClassification.CORE
                && (track.equals("intl-data") || track.equals("ecommerce") || !domestic
                        ? random.nextInt(100) < 85
                        : random.nextInt(100) < 35);
        boolean personalInformation = dataTrack && random.nextInt(100) < 30;
        List<DeliveryMode> modes = vocabulary.modes(track);
        DeliveryMode mode = modes.get(random.nextInt(modes.size()));
        UpdateFrequency frequency = frequency(random, mode);

        Set<String> regions = new LinkedHashSet<>();
        Set<String> languages = new LinkedHashSet<>();
        Country home = domestic
                ? null
                : FOREIGN.stream()
                        .filter(c -> c.code().equals(merchant.profile().countryCode()))
                        .findFirst()
                        .orElseThrow();
        if (domestic) {
            regions.add("CN");
            languages.add("zh");
            if (crossBorder || random.nextInt(100) < 70) {
                languages.add("en");
            }
            if (crossBorder) {
                String[] abroad = {"SG", "MY", "TH", "ID", "VN", "AE", "DE", "GB", "JP", "KR", "US", "SA", "BR"};
                int extra = 1 + random.nextInt(4);
                for (int i = 0; i < extra; i++) {
                    regions.add(abroad[random.nextInt(abroad.length)]);
                }
            }
        } else {
            regions.add(home.code());
            int extra = random.nextInt(Math.min(3, home.neighbours().length) + 1);
            for (int i = 0; i < extra; i++) {
                regions.add(home.neighbours()[random.nextInt(home.neighbours().length)]);
            }
            if (crossBorder) {
                regions.add("CN");
            }
            languages.add("en");
            languages.add(home.language());
            if (crossBorder || random.nextInt(100) < 40) {
                languages.add("zh");
            }
        }

        Set<String> tags = new LinkedHashSet<>();
        for (Phrase tag : vocabulary.tags(subTrack)) {
            tags.add(tag.en());
            tags.add(tag.zh());
        }
        if (crossBorder) {
            tags.add("cross-border");
            tags.add("跨境");
        }

        String currency = domestic
                ? (crossBorder && random.nextInt(100) < 25 ? "USD" : "CNY")
                : (random.nextInt(100) < 30 ? "USD" : home.currency());
        List<NewPlan> plans = plans(random, track, currency);

        String regionsEn = String.join(
                ", ", regions.stream().map(r -> countryName(r, Locale.ENGLISH)).toList());
        String regionsZh = String.join(
                "、",
                regions.stream()
                        .map(r -> countryName(r, Locale.SIMPLIFIED_CHINESE))
                        .toList());
        Bilingual summary = Bilingual.of(
                product.en() + " from " + brandEn(merchant) + ": "
                        + features.get(0).en() + ", and " + features.get(1).en() + ".",
                brandZh(merchant) + "提供的" + product.zh() + "：" + features.get(0).zh() + "，"
                        + features.get(1).zh() + "。");
        String[] delivered = DELIVERY.get(mode);
        String classEn = classification.name().charAt(0)
                + classification.name().substring(1).toLowerCase(Locale.ROOT);
        String[] classZh = {"公开", "一般", "重要", "核心"};
        Bilingual description = Bilingual.of(
                "## Overview\n" + title.en() + " is offered by "
                        + merchant.profile().name().en() + " ("
                        + merchant.profile().city() + "). "
                        + summary.en() + "\n\n## Features\n"
                        + "- " + capitalise(features.get(0).en()) + "\n"
                        + "- " + capitalise(features.get(1).en()) + "\n"
                        + "- " + capitalise(features.get(2).en()) + "\n"
                        + "\n## Typical uses\n"
                        + "- " + capitalise(uses.get(0).en()) + "\n"
                        + "- " + capitalise(uses.get(1).en()) + "\n"
                        + "\n## Data and compliance\n"
                        + "Data classification: **" + classEn + "**. Served in: " + regionsEn + ". "
                        + (crossBorder
                                ? "Available to buyers abroad; cross-border transfers follow the platform's assessment."
                                : "Delivered within the merchant's own jurisdiction only; not offered across the border.")
                        + (personalInformation ? " Contains personal information, processed under a DPA." : ""),
                "## 产品概述\n" + title.zh() + "由" + merchant.profile().name().zh() + "提供，" + delivered[1] + "。"
                        + features.get(0).zh() + "，" + features.get(1).zh() + "。\n\n## 主要功能\n"
                        + "- " + features.get(0).zh() + "\n"
                        + "- " + features.get(1).zh() + "\n"
                        + "- " + features.get(2).zh() + "\n"
                        + "\n## 典型场景\n"
                        + "- " + uses.get(0).zh() + "\n"
                        + "- " + uses.get(1).zh() + "\n"
                        + "\n## 数据与合规\n"
                        + "数据分级：**" + classZh[classification.ordinal()] + "数据**。服务地区：" + regionsZh + "。"
                        + (crossBorder ? "可向境外买方提供，数据出境按平台评估流程办理。" : "仅在本法域内交付，不提供跨境服务。")
                        + (personalInformation ? "包含个人信息，依数据处理协议处理。" : ""));
        String[] availability = {"99.5", "99.9", "99.95"};
        String availabilityText = availability[random.nextInt(availability.length)];
        boolean roundTheClock = random.nextBoolean();
        int responseHours = new int[] {1, 4, 8}[random.nextInt(3)];
        Bilingual sla = Bilingual.of(
                availabilityText + "% monthly availability; support " + (roundTheClock ? "24×7" : "on business days")
                        + ", first response within " + responseHours + (responseHours == 1 ? " hour." : " hours."),
                "月度可用性 " + availabilityText + "%；" + (roundTheClock ? "7×24 小时支持" : "工作日支持") + "，" + responseHours
                        + " 小时内首次响应。");
        int licence = classification == DataClassification.PUBLIC ? 0 : random.nextInt(LICENCES_EN.length);
        Bilingual licenceText = classification == DataClassification.PUBLIC
                ? Bilingual.of("Open data under CC BY 4.0: attribute the source.", "开放数据，适用 CC BY 4.0 署名许可。")
                : Bilingual.of(LICENCES_EN[licence], LICENCES_ZH[licence]);
        int minutesAgo = random.nextInt(540 * 24 * 60);
        ListingContent content = ListingContent.builder()
                .categoryCode(subTrack)
                .title(title)
                .summary(summary)
                .description(description)
                .deliveryMode(mode)
                .classification(classification)
                .personalInformation(personalInformation)
                .crossBorder(crossBorder)
                .updateFrequency(frequency)
                .sla(sla)
                .licence(licenceText)
                .tags(tags)
                .regions(regions)
                .languages(languages)
                .plans(plans)
                .build();
        return new GeneratedListing(number, merchant.number(), content, minutesAgo);
    }

    private static String brandEn(GeneratedMerchant merchant) {
        String en = merchant.profile().name().en();
        for (String[] brand : BRANDS) {
            if (en.startsWith(brand[0] + " ")) {
                return brand[0];
            }
        }
        return en;
    }

    private static String brandZh(GeneratedMerchant merchant) {
        String zh = merchant.profile().name().zh();
        for (String[] brand : BRANDS) {
            if (merchant.profile().name().en().startsWith(brand[0] + " ")) {
                return brand[1];
            }
        }
        return zh;
    }

    private static DataClassification classification(SplittableRandom random, boolean dataTrack, boolean domestic) {
        int roll = random.nextInt(100);
        if (!dataTrack) {
            return roll < 30 ? DataClassification.PUBLIC : DataClassification.GENERAL;
        }
        if (roll < 15) {
            return DataClassification.PUBLIC;
        }
        if (roll < 65) {
            return DataClassification.GENERAL;
        }
        // Only Chinese data can be graded CORE under the Data Security Law.
        return domestic && roll >= 92 ? DataClassification.CORE : DataClassification.IMPORTANT;
    }

    private static UpdateFrequency frequency(SplittableRandom random, DeliveryMode mode) {
        return switch (mode) {
            case API, DEDICATED_LINE -> random.nextBoolean() ? UpdateFrequency.REAL_TIME : UpdateFrequency.HOURLY;
            case FILE ->
                new UpdateFrequency[] {
                            UpdateFrequency.DAILY,
                            UpdateFrequency.WEEKLY,
                            UpdateFrequency.MONTHLY,
                            UpdateFrequency.QUARTERLY,
                            UpdateFrequency.STATIC
                        }
                        [random.nextInt(5)];
            case SAAS -> UpdateFrequency.REAL_TIME;
            case ON_PREMISE, PROFESSIONAL_SERVICE -> UpdateFrequency.ON_DEMAND;
        };
    }

    private List<NewPlan> plans(SplittableRandom random, String track, String currency) {
        List<NewPlan> plans = new ArrayList<>();
        Phrase unit = vocabulary.unit(track);
        int base = random.nextInt(BASE_PRICES_USD.length - 4);
        switch (random.nextInt(5)) {
            case 0 -> {
                plans.add(monthly("Starter", "入门版", BASE_PRICES_USD[base], currency, random));
                plans.add(yearly("Business", "商业版", BASE_PRICES_USD[base + 3] * 10, currency, random));
                plans.add(quote("Enterprise", "企业版"));
            }
            case 1 -> {
                plans.add(usage(BASE_PRICES_USD[base] / 10.0, unit, currency, random));
                plans.add(monthly("Committed use", "承诺用量包", BASE_PRICES_USD[base + 2], currency, random));
            }
            case 2 -> {
                plans.add(oneOff("Full delivery", "完整交付", BASE_PRICES_USD[base + 3], currency, random));
                plans.add(yearly("Annual updates", "年度更新", BASE_PRICES_USD[base + 2] * 4, currency, random));
            }
            case 3 -> plans.add(quote("Tailored engagement", "定制合作"));
            default -> {
                plans.add(yearly("Annual licence", "年度许可", BASE_PRICES_USD[base + 1] * 10, currency, random));
                plans.add(usage(BASE_PRICES_USD[base] / 20.0, unit, currency, random));
            }
        }
        if (plans.stream().allMatch(p -> p.model() == PricingModel.QUOTE) && random.nextBoolean()) {
            plans.addFirst(oneOff("Pilot", "试点项目", BASE_PRICES_USD[base + 2], currency, random));
        }
        return plans;
    }

    private static NewPlan monthly(String en, String zh, double usd, String currency, SplittableRandom random) {
        return subscription(en, zh, BillingPeriod.MONTH, price(usd, currency, random));
    }

    private static NewPlan yearly(String en, String zh, double usd, String currency, SplittableRandom random) {
        return subscription(en, zh, BillingPeriod.YEAR, price(usd, currency, random));
    }

    private static NewPlan subscription(String en, String zh, BillingPeriod period, Money price) {
        return new NewPlan(Bilingual.of(en, zh), PricingModel.SUBSCRIPTION, period, null, price);
    }

    private static NewPlan oneOff(String en, String zh, double usd, String currency, SplittableRandom random) {
        return new NewPlan(Bilingual.of(en, zh), PricingModel.ONE_OFF, null, null, price(usd, currency, random));
    }

    private static NewPlan usage(double usd, Phrase unit, String currency, SplittableRandom random) {
        return new NewPlan(
                Bilingual.of("Pay as you go", "按量付费"),
                PricingModel.USAGE,
                null,
                Bilingual.of(unit.en(), unit.zh()),
                price(usd, currency, random));
    }

    private static NewPlan quote(String en, String zh) {
        return new NewPlan(Bilingual.of(en, zh), PricingModel.QUOTE, null, null, null);
    }

    /**
     * A price that looks local: the dollar amount at a rough rate, rounded to two significant figures, and in
     * currencies with cents sometimes just under (49.99). Computed in BigDecimal and stored as exact minor units.
     */
    static Money price(double usd, String currencyCode, SplittableRandom random) {
        Currency currency = Currency.getInstance(currencyCode);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal amount = BigDecimal.valueOf(usd * PER_USD.get(currencyCode))
                .round(new java.math.MathContext(2, RoundingMode.HALF_UP));
        if (amount.signum() <= 0) {
            amount = BigDecimal.ONE;
        }
        amount = amount.setScale(digits, RoundingMode.HALF_UP);
        if (digits > 0 && amount.compareTo(BigDecimal.TEN) > 0 && random.nextInt(3) == 0) {
            amount = amount.subtract(BigDecimal.ONE.movePointLeft(digits));
        }
        return Money.of(amount, currency);
    }

    private SplittableRandom random(int stream, int number) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + number * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    private static <T> T pick(SplittableRandom random, T[] items) {
        return items[random.nextInt(items.length)];
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static <T> List<T> shuffledCopy(SplittableRandom random, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        // Keep acronyms and names (CDN, SM, PQC, Kubernetes...) as they are; lower only ordinary capitalised words.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** A domestic merchant's unified social credit code (GB 32100-2015), with a valid check character. */
    static String creditCode(SplittableRandom random) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        StringBuilder code = new StringBuilder("91310000");
        for (int i = 0; i < 9; i++) {
            code.append(alphabet.charAt(random.nextInt(i == 8 ? 10 : alphabet.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.append(alphabet.charAt(check)).toString();
    }

    private static String countryName(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Country country(
            String code, String currency, String language, String legalForm, String cities, String neighbours) {
        return new Country(code, currency, language, legalForm, cities.split(","), neighbours.split(","));
    }

    /** Every foreign country the generator draws merchants from. */
    static List<String> foreignCountries() {
        return FOREIGN.stream().map(Country::code).toList();
    }

    record Phrase(String en, String zh) {}

    /** The words of {@code demo/vocabulary.txt}, by track and sub-track, in file order. */
    record Vocabulary(
            Map<String, Bilingual> trackNames,
            Map<String, List<String>> subTracksByTrack,
            Map<String, List<Phrase>> products,
            Map<String, List<Phrase>> tags,
            Map<String, List<Phrase>> features,
            Map<String, List<Phrase>> uses,
            Map<String, List<DeliveryMode>> modes,
            Map<String, Phrase> units,
            Set<String> dataTracks) {

        List<String> trackCodes() {
            return List.copyOf(subTracksByTrack.keySet());
        }

        List<String> subTracks(String track) {
            return subTracksByTrack.get(track);
        }

        Bilingual trackName(String track) {
            return trackNames.get(track);
        }

        List<Phrase> products(String subTrack) {
            return products.get(subTrack);
        }

        List<Phrase> tags(String subTrack) {
            return tags.get(subTrack);
        }

        List<Phrase> features(String track) {
            return features.get(track);
        }

        List<Phrase> uses(String track) {
            return uses.get(track);
        }

        List<DeliveryMode> modes(String track) {
            return modes.get(track);
        }

        Phrase unit(String track) {
            return units.get(track);
        }

        boolean isDataTrack(String track) {
            return dataTracks.contains(track);
        }

        /**
         * Reads the vocabulary and the track tree of the demo catalogue ({@code demo/catalogue.json}'s categories
         * decide which sub-track belongs to which track, and their names).
         */
        static Vocabulary load() {
            return load(DemoCatalogueFile.read().categories());
        }

        static Vocabulary load(List<DemoCatalogue.CategoryNode> categories) {
            Map<String, Bilingual> trackNames = new LinkedHashMap<>();
            Map<String, List<String>> subTracks = new LinkedHashMap<>();
            for (DemoCatalogue.CategoryNode track : categories) {
                trackNames.put(track.code(), Bilingual.of(track.nameEn(), track.nameZh()));
                subTracks.put(
                        track.code(),
                        track.children().stream()
                                .map(DemoCatalogue.CategoryNode::code)
                                .toList());
            }
            Map<String, List<Phrase>> products = new LinkedHashMap<>();
            Map<String, List<Phrase>> tags = new LinkedHashMap<>();
            Map<String, List<Phrase>> features = new LinkedHashMap<>();
            Map<String, List<Phrase>> uses = new LinkedHashMap<>();
            Map<String, List<DeliveryMode>> modes = new LinkedHashMap<>();
            Map<String, Phrase> units = new LinkedHashMap<>();
            Set<String> dataTracks = new LinkedHashSet<>();
            try (InputStream in = DemoGenerator.class.getResourceAsStream("/demo/vocabulary.txt");
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\\|", -1);
                    switch (f[0]) {
                        case "P" ->
                            products.computeIfAbsent(f[1], k -> new ArrayList<>())
                                    .add(new Phrase(f[2], f[3]));
                        case "T" ->
                            tags.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Phrase(f[2], f[3]));
                        case "F" ->
                            features.computeIfAbsent(f[1], k -> new ArrayList<>())
                                    .add(new Phrase(f[2], f[3]));
                        case "U" ->
                            uses.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Phrase(f[2], f[3]));
                        case "N" -> units.put(f[1], new Phrase(f[2], f[3]));
                        case "M" ->
                            modes.put(
                                    f[1],
                                    Arrays.stream(f[2].split(","))
                                            .map(DeliveryMode::valueOf)
                                            .toList());
                        case "D" -> {
                            if (f[2].equals("yes")) {
                                dataTracks.add(f[1]);
                            }
                        }
                        default -> throw new IllegalStateException("Unknown vocabulary line: " + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Map.Entry<String, List<String>> track : subTracks.entrySet()) {
                require(
                        features.containsKey(track.getKey())
                                && features.get(track.getKey()).size() >= 3,
                        "three features for track " + track.getKey());
                require(
                        uses.containsKey(track.getKey())
                                && uses.get(track.getKey()).size() >= 2,
                        "two uses for track " + track.getKey());
                require(
                        modes.containsKey(track.getKey()) && units.containsKey(track.getKey()),
                        "delivery modes and a unit for track " + track.getKey());
                for (String sub : track.getValue()) {
                    require(products.getOrDefault(sub, List.of()).size() >= 3, "three products for " + sub);
                    require(tags.getOrDefault(sub, List.of()).size() >= 2, "two tags for " + sub);
                }
            }
            return new Vocabulary(trackNames, subTracks, products, tags, features, uses, modes, units, dataTracks);
        }

        private static void require(boolean condition, String what) {
            if (!condition) {
                throw new IllegalStateException("demo/vocabulary.txt needs " + what);
            }
        }
    }
}
