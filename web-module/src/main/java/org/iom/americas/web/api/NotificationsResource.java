package org.iom.americas.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.americas.kernel.json.SharedJson;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.NotificationView;
import org.iom.americas.partners.Notifications;

@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "The caller's own notifications. Every role.")
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "The caller's notifications, newest first", description = "unread=true: only unread ones.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NotificationViewPage")))
    public Page<NotificationView> inbox(@QueryParam("unread") String unread, @QueryParam("limit") String limit,
                                        @QueryParam("cursor") String cursor) {
        return notifications.inbox(Boolean.TRUE.equals(QueryParameters.bool("unread", unread)),
                PageRequest.of(QueryParameters.integer("limit", limit), cursor));
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many notifications the caller has not read")
    public JsonObject unreadCount() {
        return SharedJson.objectBuilder().add("unread", notifications.unreadCount()).build();
    }

    @POST
    @Path("{id: [0-9]+}/read")
    @Operation(summary = "Mark one notification read")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NotificationView")))
    public NotificationView markRead(@PathParam("id") long id) {
        return notifications.markRead(id);
    }
}
