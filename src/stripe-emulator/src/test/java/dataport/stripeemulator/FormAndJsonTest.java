package dataport.stripeemulator;

import static dataport.stripeemulator.Json.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormAndJsonTest {

    @Test
    void bracketNotationBecomesNestedMapsAndLists() {
        Form form = Form.parse("mode=payment&line_items[0][price_data][currency]=usd"
                + "&line_items[0][price_data][product_data][name]=Caf%C3%A9+data&line_items[1][quantity]=2"
                + "&metadata[order_id]=17&expand[]=payment_intent&expand[]=line_items");

        assertEquals("payment", form.root.get("mode"));
        List<Object> items = Form.list(form.root, "line_items", "line_items");
        assertEquals(2, items.size());
        Map<String, Object> first = Account.castMap(items.get(0));
        Map<String, Object> priceData = Form.map(first, "price_data", "p");
        assertEquals("usd", priceData.get("currency"));
        assertEquals("Café data", Form.map(priceData, "product_data", "p").get("name"));
        assertEquals("2", Account.castMap(items.get(1)).get("quantity"));
        assertEquals(Map.of("order_id", "17"), Form.metadata(form.root, "metadata", null));
        assertEquals(List.of("payment_intent", "line_items"), Form.list(form.root, "expand", "expand"));
    }

    @Test
    void indexedListsKeepTheirIndexOrder() {
        Form form = Form.parse("enabled_events[1]=b&enabled_events[0]=a&enabled_events[10]=c");
        assertEquals(List.of("a", "b", "c"), Form.list(form.root, "enabled_events", "enabled_events"));
    }

    @Test
    void theSameParametersInAnotherOrderAreTheSameRequest() {
        assertEquals(Form.parse("a=1&b[x]=2").canonical, Form.parse("b[x]=2&a=1").canonical);
        assertEquals(false, Form.parse("a=1").canonical.equals(Form.parse("a=2").canonical));
    }

    @Test
    void aNonNumberWhereAnIntegerBelongsIsStripesParameterInvalidInteger() {
        ApiError error =
                assertThrows(ApiError.class, () -> Form.integer(Form.parse("amount=12.5").root, "amount", "amount"));
        assertEquals("parameter_invalid_integer", error.code);
        assertEquals("amount", error.param);
    }

    @Test
    void anEmptyMetadataValueRemovesTheKey() {
        Map<String, Object> params = Form.parse("metadata[a]=&metadata[c]=3").root;
        assertEquals(Map.of("b", "2", "c", "3"), Form.metadata(params, "metadata", Map.of("a", "1", "b", "2")));
    }

    @Test
    void jsonEscapesTextAndHidesTheEmulatorsOwnKeys() {
        String json = Json.write(obj().with("name", "say \"hi\"\n\u0001")
                .with("_secret", "x")
                .with("n", 5L)
                .with("list", Json.list(true, null))
                .with("raw", new Json.Raw("{\"a\":1}")));
        assertEquals("{\"name\":\"say \\\"hi\\\"\\n\\u0001\",\"n\":5,\"list\":[true,null],\"raw\":{\"a\":1}}", json);
    }

    @Test
    void amountsAreShownWithTheCurrencysOwnDecimals() {
        assertEquals("1,234.56 USD", Money.format(123456, "usd"));
        assertEquals("3,000 JPY", Money.format(3000, "jpy"));
        assertEquals("1.250 KWD", Money.format(1250, "kwd"));
    }

    @Test
    void periodsAdvanceByCalendarMonthsAndYears() {
        long jan31 = java.time.Instant.parse("2027-01-31T10:00:00Z").getEpochSecond();
        assertEquals(
                java.time.Instant.parse("2027-02-28T10:00:00Z").getEpochSecond(), Billing.advance(jan31, "month", 1));
        assertEquals(
                java.time.Instant.parse("2028-01-31T10:00:00Z").getEpochSecond(), Billing.advance(jan31, "year", 1));
    }
}
