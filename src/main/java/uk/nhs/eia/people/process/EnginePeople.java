package uk.nhs.eia.people.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.People;
import uk.nhs.eia.roles.Groups;

/** People as the engine's identity service knows them: one directory for our pages and the Camunda webapps. */
@Component
class EnginePeople implements People {

    private final IdentityService identity;
    private final JdbcClient jdbc;

    EnginePeople(IdentityService identity, JdbcClient jdbc) {
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @Override
    public boolean isApprover(String username) {
        return identity.createUserQuery().userId(username).memberOfGroup(Groups.APPROVERS).count() > 0;
    }

    /**
     * Read from the identity tables directly: it is asked while the engine acts for someone (in a task listener, or
     * as a step commits), whose own rights would hide other people from the engine's user query.
     */
    @Override
    public Optional<String> emailOf(String username) {
        return jdbc.sql("select EMAIL_ from ACT_ID_USER where ID_ = ?").param(username).query(String.class).optional()
                .filter(email -> !email.isBlank());
    }

    @Override
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from ACT_ID_USER where ID_ = ?").param(username).query(Long.class).single() > 0;
    }

    @Override
    public String nameOf(String username) {
        return jdbc.sql("select FIRST_, LAST_ from ACT_ID_USER where ID_ = ?").param(username)
                .query((rs, n) -> String.join(" ", java.util.stream.Stream.of(rs.getString(1), rs.getString(2))
                        .filter(part -> part != null && !part.isBlank()).toList()))
                .optional().filter(name -> !name.isBlank()).orElse(username);
    }

    @Override
    public List<String> membersOf(String group) {
        return jdbc.sql("select USER_ID_ from ACT_ID_MEMBERSHIP where GROUP_ID_ = ? order by USER_ID_").param(group)
                .query(String.class).list();
    }

    @Override
    public List<String> groupsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }
}
