package se.telefonpolicy.pbxconnector.api;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The webhook's answer.
 *
 * @param id     the PBX's event id, echoed
 * @param status ACCEPTED (published now) or DUPLICATE (this id was published before; nothing sent again)
 * @param ceId   the ce_id it was published with; absent for a duplicate
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookReceipt(String id, String status, UUID ceId) {
}
