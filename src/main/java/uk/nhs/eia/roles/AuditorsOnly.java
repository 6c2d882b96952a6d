package uk.nhs.eia.roles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;
import uk.nhs.eia.roles.AuditorsOnly;

/** Only those who audit the service, EIA administrators and compliance ({@link Groups#COMPLIANCE}), may use this. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyAuthority('GROUP_eia-admins', 'GROUP_compliance')")
public @interface AuditorsOnly {
}
