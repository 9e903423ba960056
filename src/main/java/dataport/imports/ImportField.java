package dataport.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A DataPort field a spreadsheet column can fill, with the column names other exchanges' exports use for it (English
 * and Chinese), from which the mapping is suggested.
 */
public enum ImportField {
    EXTERNAL_ID(
            false,
            "external id",
            "id",
            "sku",
            "product id",
            "product code",
            "item id",
            "编号",
            "产品编号",
            "商品编号",
            "产品id",
            "外部编号"),
    SOURCE_URL(false, "url", "link", "source url", "product url", "page", "链接", "网址", "产品链接", "来源链接"),
    PROVIDER(
            false,
            "provider",
            "merchant",
            "vendor",
            "seller",
            "supplier",
            "company",
            "供应商",
            "数商",
            "商家",
            "服务商",
            "提供方",
            "卖家"),
    PROVIDER_COUNTRY(false, "provider country", "merchant country", "vendor country", "供应商国家", "数商国家", "商家国家"),
    TITLE_EN(
            false,
            "title",
            "title en",
            "name",
            "name en",
            "product name",
            "english title",
            "english name",
            "英文标题",
            "英文名称"),
    TITLE_ZH(false, "title zh", "chinese title", "name zh", "chinese name", "标题", "名称", "产品名称", "商品名称", "中文标题", "中文名称"),
    SUMMARY_EN(false, "summary", "summary en", "short description", "abstract", "英文简介", "英文摘要"),
    SUMMARY_ZH(false, "summary zh", "chinese summary", "简介", "摘要", "中文简介", "中文摘要"),
    DESCRIPTION_EN(false, "description", "description en", "details", "long description", "英文描述", "英文详情"),
    DESCRIPTION_ZH(false, "description zh", "chinese description", "描述", "详情", "产品描述", "中文描述", "中文详情"),
    CATEGORY(true, "category", "track", "type", "product type", "分类", "类别", "类目", "赛道", "产品类型"),
    DELIVERY_MODE(true, "delivery", "delivery mode", "delivery method", "交付方式", "交付", "交付模式"),
    CLASSIFICATION(true, "classification", "data classification", "data grade", "grade", "数据分级", "分级", "数据级别", "密级"),
    PERSONAL_INFORMATION(
            true, "personal information", "pi", "contains personal data", "personal data", "个人信息", "含个人信息", "涉及个人信息"),
    CROSS_BORDER(true, "cross border", "cross-border", "crossborder", "export allowed", "跨境", "可跨境", "是否跨境"),
    REGIONS(false, "regions", "countries", "region", "markets", "countries served", "地区", "国家", "服务地区", "服务国家", "适用地区"),
    LANGUAGES(false, "languages", "language", "语言", "服务语言"),
    UPDATE_FREQUENCY(true, "update frequency", "frequency", "refresh", "update", "更新频率", "更新周期", "频率"),
    TAGS(false, "tags", "keywords", "labels", "标签", "关键词"),
    PLAN_MODEL(
            true,
            "pricing",
            "pricing model",
            "pricing mode",
            "price type",
            "billing",
            "plan",
            "计费方式",
            "定价方式",
            "收费方式",
            "计价方式"),
    PLAN_PERIOD(true, "period", "billing period", "subscription period", "计费周期", "订阅周期", "周期"),
    PLAN_UNIT(false, "unit", "usage unit", "per", "单位", "计量单位", "计费单位"),
    PRICE(false, "price", "amount", "cost", "fee", "价格", "单价", "金额", "售价"),
    CURRENCY(true, "currency", "ccy", "币种", "货币");

    private final boolean valueMapped;
    private final List<String> synonyms;

    ImportField(boolean valueMapped, String... synonyms) {
        this.valueMapped = valueMapped;
        this.synonyms = List.of(synonyms);
    }

    /** Whether the column's values are chosen from a fixed set, so the user maps each distinct value too. */
    public boolean isValueMapped() {
        return valueMapped;
    }

    /** How well a column header names this field: 2 exactly one of its names, 1 one of its names inside, else 0. */
    int match(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return 0;
        }
        if (h.equals(normalise(name()))
                || synonyms.stream().anyMatch(s -> normalise(s).equals(h))) {
            return 2;
        }
        return synonyms.stream().anyMatch(s -> s.length() > 3 && h.contains(normalise(s))) ? 1 : 0;
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-./:()（）]+", " ")
                .strip();
    }
}
