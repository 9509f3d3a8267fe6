/**
 * Children known to the YOT: identity and demographics, flags (looked after, child in need,
 * SEND...), parents/carers and other professionals, case allocation, search, and the child's
 * record page whose tabs other casework features fill through {@link org.yothub.casework.child.ChildRecordSection}.
 *
 * <p>Tables {@code child}, {@code child_contact_person}; tenant-scoped. Case managers, team and
 * YOT managers read and change records; performance officers read; only team and YOT managers
 * allocate. Other features use {@link org.yothub.casework.child.ChildService}.
 */
package org.yothub.casework.child;
