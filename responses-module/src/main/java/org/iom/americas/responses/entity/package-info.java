/** The responses module's JPA entities. Internal: other modules refer to them by id only. */
package org.iom.americas.responses.entity;
