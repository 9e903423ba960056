package dataport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.BillingPeriod;
import dataport.catalog.CategoryRef;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.PricingModel;
import dataport.catalog.UpdateFrequency;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingTest {

    static final CategoryRef DATA =
            new CategoryRef("data", Bilingual.of("Data products & data processing", "数据产品与数据加工"), null);
    static final List<CategoryRef> CATEGORIES = List.of(
            DATA,
            new CategoryRef("data-datasets", Bilingual.of("Datasets & data APIs", "数据集与数据接口"), DATA),
            new CategoryRef("cloud-storage", Bilingual.of("Cloud storage", "云存储"), null));

    /** An export of another exchange, Chinese column names. */
    static final String EXCHANGE_EXPORT = """
            产品编号,产品名称,英文名称,分类,交付方式,数据分级,含个人信息,可跨境,服务地区,语言,更新频率,标签,计费方式,计费单位,单价,币种,产品链接
            SH-001,跨境贸易数据集,Cross-border trade dataset,数据集与数据接口,接口,一般,否,是,中国;美国,中文/English,每日,贸易;海关,包月,,"1,200.00",人民币,https://exchange.example/p/1
            SH-002,云存储,Cloud storage,云存储,在线,公开,否,否,"CN, US",en,实时,,按量,每 GB,0.05,USD,https://exchange.example/p/2
            SH-003,坏行,,不存在的分类,接口,核心,否,是,火星,克林贡语,偶尔,,包年,,abc,人民币,ftp://x
            """;

    static Sheet sheet(String csv) {
        return SheetReader.read("export.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void suggestsColumnsFromChineseAndEnglishHeaders() {
        ImportMapping mapping = ImportMapping.suggest(sheet(EXCHANGE_EXPORT).headers(), null);

        assertThat(mapping.columns())
                .containsEntry(ImportField.EXTERNAL_ID, "产品编号")
                .containsEntry(ImportField.TITLE_ZH, "产品名称")
                .containsEntry(ImportField.TITLE_EN, "英文名称")
                .containsEntry(ImportField.CATEGORY, "分类")
                .containsEntry(ImportField.DELIVERY_MODE, "交付方式")
                .containsEntry(ImportField.CLASSIFICATION, "数据分级")
                .containsEntry(ImportField.PERSONAL_INFORMATION, "含个人信息")
                .containsEntry(ImportField.CROSS_BORDER, "可跨境")
                .containsEntry(ImportField.REGIONS, "服务地区")
                .containsEntry(ImportField.LANGUAGES, "语言")
                .containsEntry(ImportField.UPDATE_FREQUENCY, "更新频率")
                .containsEntry(ImportField.TAGS, "标签")
                .containsEntry(ImportField.PLAN_MODEL, "计费方式")
                .containsEntry(ImportField.PLAN_UNIT, "计费单位")
                .containsEntry(ImportField.PRICE, "单价")
                .containsEntry(ImportField.CURRENCY, "币种")
                .containsEntry(ImportField.SOURCE_URL, "产品链接");
    }

    @Test
    void suggestsEnglishHeadersAndLetsTheSavedMappingWin() {
        List<String> headers = List.of("SKU", "Name", "Vendor", "Price", "Currency", "Notes");
        ImportMapping saved = new ImportMapping(
                Map.of(ImportField.DESCRIPTION_EN, "Notes", ImportField.EXTERNAL_ID, "Gone column"),
                Map.of(ImportField.CURRENCY, Map.of("bucks", "USD")),
                Map.of(ImportField.CLASSIFICATION, "GENERAL"));

        ImportMapping mapping = ImportMapping.suggest(headers, saved);

        assertThat(mapping.columns())
                .containsEntry(ImportField.EXTERNAL_ID, "SKU")
                .containsEntry(ImportField.TITLE_EN, "Name")
                .containsEntry(ImportField.PROVIDER, "Vendor")
                .containsEntry(ImportField.PRICE, "Price")
                .containsEntry(ImportField.CURRENCY, "Currency")
                .containsEntry(ImportField.DESCRIPTION_EN, "Notes");
        assertThat(mapping.defaults()).containsEntry(ImportField.CLASSIFICATION, "GENERAL");
        assertThat(mapping.resolve(ImportField.CURRENCY, "Bucks", CATEGORIES)).contains("USD");
    }

    @Test
    void aChineseOnlyFileWithEnglishHeadersIsMappedToTheChineseFieldsByItsContent() {
        Sheet chinese = sheet("""
                id,title,description,summary,category
                1,上海市公共交通客流数据,按线路统计的每日客流量，含地铁与公交。,每日更新,数据集与数据接口
                2,长三角气象观测数据,逐小时温度、降水与风速观测记录,Hourly weather 逐小时,数据集与数据接口
                3,港口集装箱吞吐量,各港区集装箱吞吐量月度统计,月度统计,数据集与数据接口
                """);

        ImportMapping mapping = ImportMapping.suggest(chinese, null);

        assertThat(mapping.columns())
                .containsEntry(ImportField.TITLE_ZH, "title")
                .containsEntry(ImportField.DESCRIPTION_ZH, "description")
                .containsEntry(ImportField.SUMMARY_ZH, "summary")
                .doesNotContainKeys(ImportField.TITLE_EN, ImportField.DESCRIPTION_EN, ImportField.SUMMARY_EN);
    }

    @Test
    void englishContentStaysInTheEnglishFieldAndABilingualFileKeepsItsHeaders() {
        Sheet english = sheet("title,category\nPort throughput data,数据集与数据接口\nVessel calls 2026 港口,云存储\n");
        Sheet bilingual = sheet("title,title zh,category\n港口数据,港口数据,云存储\n");

        assertThat(ImportMapping.suggest(english, null).columns())
                .containsEntry(ImportField.TITLE_EN, "title")
                .doesNotContainKey(ImportField.TITLE_ZH);
        assertThat(ImportMapping.suggest(bilingual, null).columns())
                .containsEntry(ImportField.TITLE_EN, "title")
                .containsEntry(ImportField.TITLE_ZH, "title zh");
    }

    @Test
    void oneProviderForEveryRowServesAFileWithoutAProviderColumn() {
        Sheet sheet = sheet("title,category\nTide tables,云存储\n");
        ImportMapping mapping = ImportMapping.suggest(sheet, null).withDefault(ImportField.PROVIDER, " Fjord Data ");

        RowConverter converter = new RowConverter(sheet, mapping, CATEGORIES, true);

        assertThat(converter.mappingErrors()).isEmpty();
        assertThat(converter.convertAll())
                .singleElement()
                .satisfies(row -> assertThat(row.provider()).isEqualTo("Fjord Data"));
    }

    @Test
    void suggestsValuesInBothLanguages() {
        assertThat(ImportValues.suggest(ImportField.PLAN_MODEL, "包年", CATEGORIES))
                .contains("SUBSCRIPTION_YEAR");
        assertThat(ImportValues.suggest(ImportField.PLAN_MODEL, "Pay-as-you-go", CATEGORIES))
                .contains("USAGE");
        assertThat(ImportValues.suggest(ImportField.PLAN_MODEL, "面议", CATEGORIES))
                .contains("QUOTE");
        assertThat(ImportValues.suggest(ImportField.CURRENCY, "￥", CATEGORIES)).contains("CNY");
        assertThat(ImportValues.suggest(ImportField.CURRENCY, "chf", CATEGORIES))
                .contains("CHF");
        assertThat(ImportValues.suggest(ImportField.CURRENCY, "XYZ", CATEGORIES))
                .isEmpty();
        assertThat(ImportValues.suggest(ImportField.UPDATE_FREQUENCY, "每季度", CATEGORIES))
                .contains("QUARTERLY");
        assertThat(ImportValues.suggest(ImportField.UPDATE_FREQUENCY, "每年", CATEGORIES))
                .contains("YEARLY");
        assertThat(ImportValues.suggest(ImportField.UPDATE_FREQUENCY, "Annually", CATEGORIES))
                .contains("YEARLY");
        assertThat(ImportValues.suggest(ImportField.UPDATE_FREQUENCY, "不定期", CATEGORIES))
                .contains("IRREGULAR");
        assertThat(ImportValues.suggest(ImportField.UPDATE_FREQUENCY, "irregular", CATEGORIES))
                .contains("IRREGULAR");
        assertThat(ImportValues.suggest(ImportField.DELIVERY_MODE, "私有化部署", CATEGORIES))
                .contains("ON_PREMISE");
        assertThat(ImportValues.suggest(ImportField.CLASSIFICATION, "Important", CATEGORIES))
                .contains("IMPORTANT");
        assertThat(ImportValues.suggest(ImportField.CROSS_BORDER, "是", CATEGORIES))
                .contains("true");
        assertThat(ImportValues.suggest(ImportField.CATEGORY, "Cloud Storage", CATEGORIES))
                .contains("cloud-storage");
        assertThat(ImportValues.suggest(ImportField.CATEGORY, "数据集与数据接口", CATEGORIES))
                .contains("data-datasets");
        assertThat(ImportValues.suggest(ImportField.CATEGORY, "偶尔", CATEGORIES)).isEmpty();
    }

    @Test
    void readsCountryAndLanguageLists() {
        List<String> unknown = new ArrayList<>();
        assertThat(ImportValues.countries("中国;美国", unknown)).containsExactly("CN", "US");
        assertThat(ImportValues.countries("CN, US", unknown)).containsExactly("CN", "US");
        assertThat(ImportValues.countries("Germany / France、日本", unknown)).containsExactly("DE", "FR", "JP");
        assertThat(ImportValues.countries("DE FR", unknown)).containsExactly("DE", "FR");
        assertThat(ImportValues.countries("Hong Kong|新加坡", unknown)).containsExactly("HK", "SG");
        assertThat(unknown).isEmpty();
        assertThat(ImportValues.countries("火星, CN", unknown)).containsExactly("CN");
        assertThat(unknown).containsExactly("火星");
        assertThat(ImportValues.languages("中文/English", new ArrayList<>())).containsExactly("zh", "en");
    }

    @Test
    void convertsValidRowsAndReportsEveryProblemOfABadOne() {
        Sheet sheet = sheet(EXCHANGE_EXPORT);
        ImportMapping mapping = ImportMapping.suggest(sheet.headers(), null);

        List<PreparedRow> rows = new RowConverter(sheet, mapping, CATEGORIES, false).convertAll();

        PreparedRow first = rows.get(0);
        assertThat(first.errors()).isEmpty();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.externalId()).isEqualTo("SH-001");
        assertThat(first.content().title()).isEqualTo(Bilingual.of("Cross-border trade dataset", "跨境贸易数据集"));
        assertThat(first.content().categoryCode()).isEqualTo("data-datasets");
        assertThat(first.content().deliveryMode()).isEqualTo(DeliveryMode.API);
        assertThat(first.content().classification()).isEqualTo(DataClassification.GENERAL);
        assertThat(first.content().crossBorder()).isTrue();
        assertThat(first.content().personalInformation()).isFalse();
        assertThat(first.content().regions()).containsExactly("CN", "US");
        assertThat(first.content().languages()).containsExactly("zh", "en");
        assertThat(first.content().updateFrequency()).isEqualTo(UpdateFrequency.DAILY);
        assertThat(first.content().tags()).containsExactly("贸易", "海关");
        assertThat(first.content().plans()).singleElement().satisfies(plan -> {
            assertThat(plan.model()).isEqualTo(PricingModel.SUBSCRIPTION);
            assertThat(plan.period()).isEqualTo(BillingPeriod.MONTH);
            assertThat(plan.price()).isEqualTo(Money.of("1200.00", "CNY"));
        });
        assertThat(first.sourceUrl()).isEqualTo("https://exchange.example/p/1");

        PreparedRow second = rows.get(1);
        assertThat(second.errors()).isEmpty();
        assertThat(second.content().plans().getFirst().model()).isEqualTo(PricingModel.USAGE);
        assertThat(second.content().plans().getFirst().unit()).isEqualTo(Bilingual.of(null, "每 GB"));
        assertThat(second.content().plans().getFirst().price()).isEqualTo(Money.of("0.05", "USD"));

        PreparedRow bad = rows.get(2);
        assertThat(bad.valid()).isFalse();
        assertThat(bad.errors())
                .extracting(RowError::field, RowError::key)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(ImportField.CATEGORY, "import.row.unknown-value"),
                        org.assertj.core.groups.Tuple.tuple(ImportField.CROSS_BORDER, "import.row.core-cross-border"),
                        org.assertj.core.groups.Tuple.tuple(ImportField.REGIONS, "import.row.unknown-country"),
                        org.assertj.core.groups.Tuple.tuple(ImportField.LANGUAGES, "import.row.unknown-language"),
                        org.assertj.core.groups.Tuple.tuple(ImportField.UPDATE_FREQUENCY, "import.row.unknown-value"),
                        org.assertj.core.groups.Tuple.tuple(ImportField.PRICE, "import.row.bad-price"),
                        org.assertj.core.groups.Tuple.tuple(ImportField.SOURCE_URL, "import.row.bad-url"));
        assertThat(bad.errors()).allSatisfy(e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void theUsersValueChoicesAndDefaultsApply() {
        Sheet sheet = sheet("""
                title,category,plan,price
                Weather feed,天气,Gold tier,99 USD
                """);
        ImportMapping mapping = ImportMapping.suggest(sheet.headers(), null)
                .withColumn(ImportField.PLAN_MODEL, "plan")
                .withValue(ImportField.CATEGORY, "天气", "data-datasets")
                .withValue(ImportField.PLAN_MODEL, "gold tier", "SUBSCRIPTION_YEAR")
                .withDefault(ImportField.DELIVERY_MODE, "API")
                .withDefault(ImportField.CLASSIFICATION, "PUBLIC");

        PreparedRow row = new RowConverter(sheet, mapping, CATEGORIES, false).convert(0);

        assertThat(row.errors()).isEmpty();
        assertThat(row.content().categoryCode()).isEqualTo("data-datasets");
        assertThat(row.content().deliveryMode()).isEqualTo(DeliveryMode.API);
        assertThat(row.content().plans().getFirst().period()).isEqualTo(BillingPeriod.YEAR);
        // the currency written in the price cell counts when no column gives one
        assertThat(row.content().plans().getFirst().price()).isEqualTo(Money.of("99", "USD"));
    }

    @Test
    void refusesPricesThatAreNotExactInTheirCurrencyAndDuplicateRows() {
        Sheet sheet = sheet("""
                id,title,category,delivery,classification,price,currency
                1,A,云存储,API,PUBLIC,10.005,CNY
                2,B,云存储,API,PUBLIC,100.5,JPY
                1,C,云存储,API,PUBLIC,-3,CNY
                3,D,云存储,API,PUBLIC,"1.234,50",EUR
                """);
        ImportMapping mapping = ImportMapping.suggest(sheet.headers(), null);

        List<PreparedRow> rows = new RowConverter(sheet, mapping, CATEGORIES, false).convertAll();

        assertThat(rows.get(0).errors()).extracting(RowError::key).containsExactly("import.row.price-decimals");
        assertThat(rows.get(1).errors()).extracting(RowError::key).containsExactly("import.row.price-decimals");
        assertThat(rows.get(2).errors())
                .extracting(RowError::key)
                .containsExactlyInAnyOrder("import.row.price-negative", "import.row.duplicate");
        assertThat(rows.get(2).errors())
                .filteredOn(e -> e.key().equals("import.row.duplicate"))
                .singleElement()
                .extracting(RowError::args)
                .isEqualTo(List.of("2"));
        assertThat(rows.get(3).content().plans().getFirst().price()).isEqualTo(Money.of("1234.50", "EUR"));
    }

    @Test
    void aMappingWithoutTitleOrCategoryOrProviderIsRefusedAsAWhole() {
        Sheet sheet = sheet("a,b\n1,2\n");

        List<RowError> errors = new RowConverter(sheet, ImportMapping.empty(), CATEGORIES, true).mappingErrors();

        assertThat(errors)
                .extracting(RowError::key)
                .containsExactly(
                        "import.mapping.title-required", "import.mapping.required", "import.mapping.provider-required");
    }

    @Test
    void theMappingSurvivesItsJsonForm() {
        ImportMapping mapping = ImportMapping.suggest(sheet(EXCHANGE_EXPORT).headers(), null)
                .withValue(ImportField.CATEGORY, "不存在的分类", "cloud-storage")
                .withDefault(ImportField.CLASSIFICATION, "GENERAL");

        assertThat(ImportService.fromJson(ImportService.toJson(mapping))).isEqualTo(mapping);
    }

    @Test
    void theErrorReportKeepsTheRowAndDefusesFormulas() {
        Sheet sheet = sheet("id,title\n1,=HYPERLINK(\"http://evil\")\n");
        byte[] csv = ErrorReport.csv(
                sheet,
                List.of(RowError.of(2, ImportField.CATEGORY, "import.row.required")),
                new String[] {"Line", "Field", "Problem"},
                f -> "分类",
                e -> "缺少取值");

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFLine,Field,Problem,id,title");
        assertThat(text).contains("2,分类,缺少取值,1,\"'=HYPERLINK(\"\"http://evil\"\")\"");
    }
}
