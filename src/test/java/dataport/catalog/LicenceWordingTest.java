package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.ui.Translations;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LicenceWordingTest {

    static final Translations TRANSLATIONS = new Translations();
    static final Bilingual MERCHANT = Bilingual.of("Harbour Data", "港湾数据");

    static List<String> words(LicenceTerms terms, Locale locale) {
        return LicenceWording.sentences(
                terms, MERCHANT, locale, (key, params) -> TRANSLATIONS.getTranslation(key, locale, params));
    }

    @Test
    void theDefaultLicenceReadsAsInternalUseWorldwideForEverInEnglish() {
        assertThat(words(LicenceTerms.defaults(), Languages.ENGLISH))
                .containsExactly(
                        "You may use the data only within your own organisation.",
                        "You may create derivative works from the data, such as analyses, models and combined datasets.",
                        "You may not pass the data on to anyone else, sell it or give it away.",
                        "You may use the data anywhere in the world.",
                        "The licence does not expire.",
                        "There is no limit on the number of users.");
    }

    @Test
    void aRestrictedCommercialLicenceNamesItsCountriesTermUsersAndWhomToCreditInEnglish() {
        LicenceTerms terms = new LicenceTerms(LicenceUse.COMMERCIAL, false, true, false, List.of("HK", "CN"), 12, 5);

        assertThat(words(terms, Languages.ENGLISH))
                .containsExactly(
                        "You may use the data for commercial purposes, including in products and services you sell.",
                        "You may not create derivative works from the data.",
                        "You must credit Harbour Data as the source of the data.",
                        "You may pass the data on to others, under these same terms.",
                        "You may use the data only in: China, Hong Kong SAR China.",
                        "The licence lasts 12 months from the purchase.",
                        "At most 5 people may use the data.");
    }

    @Test
    void oneMonthAndOnePersonAreSingularInEnglish() {
        LicenceTerms terms = new LicenceTerms(LicenceUse.INTERNAL, true, false, true, List.of(), 1, 1);

        assertThat(words(terms, Languages.ENGLISH))
                .contains("The licence lasts 1 month from the purchase.", "At most 1 person may use the data.");
    }

    @Test
    void theSameLicenceReadsInSimplifiedChinese() {
        LicenceTerms terms = new LicenceTerms(LicenceUse.COMMERCIAL, false, true, false, List.of("HK", "CN"), 12, 5);

        assertThat(words(terms, Languages.CHINESE))
                .containsExactly(
                        "您可以将数据用于商业目的，包括用于您销售的产品和服务。",
                        "您不得基于数据创作衍生作品。",
                        "您必须注明数据来源为港湾数据。",
                        "您可以按相同条款将数据转给他人。",
                        "您只能在以下国家或地区使用数据：中国、中国香港特别行政区。",
                        "本许可自购买之日起有效期为 12 个月。",
                        "最多 5 人可以使用数据。");
        assertThat(words(LicenceTerms.defaults(), Languages.CHINESE))
                .contains("您只能在本组织内部使用数据。", "您可以在全球任何地方使用数据。", "本许可永久有效。", "使用人数不限。");
    }

    @Test
    void termsSurviveTheirCanonicalTextWithTheTerritorySorted() {
        LicenceTerms terms = new LicenceTerms(LicenceUse.COMMERCIAL, false, true, false, List.of("SG", "CN"), 24, null);

        assertThat(terms.canonical())
                .isEqualTo(
                        "use=COMMERCIAL;derivatives=false;attribution=true;noTransfer=false;territory=CN,SG;term=24;users=");
        assertThat(LicenceTerms.parse(terms.canonical())).isEqualTo(terms);
        assertThat(LicenceTerms.parse(LicenceTerms.defaults().canonical())).isEqualTo(LicenceTerms.defaults());
    }
}
