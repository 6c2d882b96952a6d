package uk.nhs.eia.people.process;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.roles.Groups;

/** Demo people for trying the service out. Never created under the {@code prod} profile. */
@Component
@Order(2)
@ConditionalOnProperty(name = "eia.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("author", "Asha", "Patel", List.of(Groups.AUTHORS), List.of("operations")),
            new DemoUser("author2", "Ben", "Okafor", List.of(Groups.AUTHORS), List.of("digital")),
            new DemoUser("lead", "Leah", "Morgan", List.of(Groups.EQUALITY_LEADS), List.of("operations", "digital", "nursing-quality")),
            new DemoUser("approver", "Arun", "Singh", List.of(Groups.APPROVERS), List.of("operations", "digital")),
            new DemoUser("auditor", "Chloe", "Evans", List.of(Groups.COMPLIANCE), List.of()),
            new DemoUser("admin", "Sam", "Admin", List.of(Groups.ADMINS, Groups.CAMUNDA_ADMIN), List.of()),
            new DemoUser("mlead", "Grace", "Mensah", List.of(Groups.MENTORING_LEADS), List.of("workforce")),
            new DemoUser("coach", "Tom", "Reid", List.of(Groups.MENTORING_COACHES), List.of("workforce")),
            // Staff who take part in the mentoring programme and use nothing else here.
            new DemoUser("amara", "Amara", "Osei", List.of(), List.of("nursing-quality")),
            new DemoUser("ravi", "Ravi", "Kumar", List.of(), List.of("digital")),
            new DemoUser("mei", "Mei", "Chen", List.of(), List.of("finance")),
            new DemoUser("kwame", "Kwame", "Asante", List.of(), List.of("operations")),
            new DemoUser("fatima", "Fatima", "Hussain", List.of(), List.of("workforce")),
            new DemoUser("helen", "Helen", "Clarke", List.of(), List.of("nursing-quality")),
            new DemoUser("james", "James", "Wright", List.of(), List.of("digital")),
            new DemoUser("sarah", "Sarah", "Hughes", List.of(), List.of("operations")),
            new DemoUser("david", "David", "Thompson", List.of(), List.of("finance")),
            new DemoUser("claire", "Claire", "Barnes", List.of(), List.of("corporate-affairs")));

    private final IdentityService identity;
    private final Directorates directorates;

    DemoUsers(IdentityService identity, Directorates directorates) {
        this.identity = identity;
        this.directorates = directorates;
    }

    @Override
    public void run(ApplicationArguments args) {
        USERS.forEach(this::ensure);
    }

    private void ensure(DemoUser demo) {
        if (identity.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@eia.example.nhs.uk");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        for (String group : demo.groups()) {
            if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
                identity.createMembership(demo.id(), group);
            }
        }
        demo.directorates().forEach(code -> directorates.join(demo.id(), code));
    }

    private record DemoUser(String id, String firstName, String lastName, List<String> groups, List<String> directorates) {
    }
}
