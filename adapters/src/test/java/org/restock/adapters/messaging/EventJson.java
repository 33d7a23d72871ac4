package org.restock.adapters.messaging;

/** Version-1 bodies of the six event types, as docs/events/ shows them. */
final class EventJson {

    private EventJson() {
    }

    static String productInformationPublished(String productId, String supplierId) {
        return """
                {"productId":"%s","name":"Garden hose 25 m","supplierId":"%s","plannerGroup":"garden",
                 "dailyForecast":[10,12,8],"reorderLevel":50,"safetyStock":20,"leadTimeDays":14,"minOrderQty":10,
                 "unitCost":"2.50","discontinued":false,"publishedAt":"2027-02-28T06:00:00Z"}
                """.formatted(productId, supplierId);
    }

    static String purchaseOrderCreated(String orderId) {
        return "{\"purchaseOrderId\":\"" + orderId + "\"}";
    }

    static String purchaseOrderChanged(String orderId, long version, String productId, long ordered) {
        return """
                {"purchaseOrderId":"%s","orderVersion":%d,"supplierId":"S-1","changedLines":[
                  {"lineId":"1","productId":"%s","orderedQty":%d,"receivedQty":0,
                   "expectedDeliveryDate":"2027-03-15","status":"OPEN"}]}
                """.formatted(orderId, version, productId, ordered);
    }

    static String purchaseOrderFinished(String orderId, String reason) {
        return "{\"purchaseOrderId\":\"" + orderId + "\",\"reason\":\"" + reason + "\"}";
    }

    static String stockLevelChanged(String productId, long delta) {
        return "{\"productId\":\"" + productId + "\",\"delta\":" + delta + ",\"occurredAt\":\"2027-03-01T08:00:00Z\"}";
    }

    static String stockLevelCounted(String productId, long onHand, String countedAt) {
        return "{\"productId\":\"" + productId + "\",\"onHand\":" + onHand + ",\"countedAt\":\"" + countedAt + "\"}";
    }
}
