using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Returns.Tests.Support;

namespace Returns.Tests.Labels;

/// <summary>Programs a stub with the carrier's idempotency: one label per Idempotency-Key, 201 the first time, 200 after.</summary>
public static class FakeCarrier
{
    public static StubHttpHandler IssuingLabels(this StubHttpHandler stub)
    {
        var issued = new ConcurrentDictionary<string, JsonObject>();
        return stub.Respond(HttpMethod.Post, "/carrier/labels", request =>
        {
            var key = request.Header("Idempotency-Key") ?? throw new InvalidOperationException("No Idempotency-Key sent.");
            var isNew = false;
            var label = issued.GetOrAdd(key, _ =>
            {
                isNew = true;
                var id = $"LBL-{issued.Count + 1:D4}";
                return new JsonObject
                {
                    ["labelId"] = id,
                    ["trackingNumber"] = $"1Z{issued.Count + 1:D8}",
                    ["labelUrl"] = $"http://127.0.0.1:5080/carrier/labels/{id}/pdf",
                    ["createdAt"] = "2026-11-22T09:30:00+00:00",
                    ["status"] = "active",
                };
            });
            return StubHttpHandler.JsonResponse(isNew ? HttpStatusCode.Created : HttpStatusCode.OK, label.ToJsonString());
        });
    }
}
