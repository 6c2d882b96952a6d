package uk.nhs.eia.people.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.Directorates.Directorate;
import uk.nhs.eia.people.People;
import uk.nhs.eia.people.Person;
import uk.nhs.eia.people.SignedInPerson;
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
        return groupsOf(username).contains(Groups.APPROVERS);
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
                .query((rs, n) -> fullName(rs.getString(1), rs.getString(2), username))
                .optional().orElse(username);
    }

    @Override
    public List<String> membersOf(String group) {
        return jdbc.sql("select USER_ID_ from ACT_ID_MEMBERSHIP where GROUP_ID_ = ? order by USER_ID_").param(group)
                .query(String.class).list();
    }

    /** One query for the lot: a list of a few hundred people must not cost a query each. */
    @Override
    public List<Person> activeMembersOf(String group) {
        Map<String, Person> people = new LinkedHashMap<>();
        jdbc.sql("""
                select u.ID_ as username, u.FIRST_ as first_name, u.LAST_ as last_name,
                       'works-in' as kind, d.code, d.name
                from ACT_ID_MEMBERSHIP m join ACT_ID_USER u on u.ID_ = m.USER_ID_
                join eia_directorate_member dm on dm.username = u.ID_
                join eia_directorate d on d.code = dm.directorate_code
                where m.GROUP_ID_ = :group and u.ID_ not in (select username from eia_disabled_user)
                union all
                select u.ID_, u.FIRST_, u.LAST_, 'member-of', g.GROUP_ID_, null
                from ACT_ID_MEMBERSHIP m join ACT_ID_USER u on u.ID_ = m.USER_ID_
                join ACT_ID_MEMBERSHIP g on g.USER_ID_ = u.ID_
                where m.GROUP_ID_ = :group and u.ID_ not in (select username from eia_disabled_user)
                order by 2, 3, 1, 4, 6, 5""")
                .param("group", group)
                .query(rs -> {
                    String username = rs.getString("username");
                    String name = fullName(rs.getString("first_name"), rs.getString("last_name"), username);
                    Person person = people.computeIfAbsent(username,
                            id -> new Person(id, name, new ArrayList<>(), new ArrayList<>()));
                    if ("works-in".equals(rs.getString("kind"))) {
                        person.directorates().add(new Directorate(rs.getString("code"), rs.getString("name")));
                    } else {
                        person.groups().add(rs.getString("code"));
                    }
                });
        return people.values().stream()
                .map(person -> new Person(person.username(), person.name(), List.copyOf(person.directorates()),
                        List.copyOf(person.groups()))).toList();
    }

    private static String fullName(String first, String last, String username) {
        String name = String.join(" ", Stream.of(first, last).filter(part -> part != null && !part.isBlank()).toList());
        return name.isBlank() ? username : name;
    }

    @Override
    public List<String> groupsOf(String username) {
        return SignedInPerson.ofThisRequest(username).map(SignedInPerson::groups).orElseGet(() ->
                identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList());
    }

    /** One round trip for what every request asks about the person who makes it. */
    @Override
    public SignedInPerson signedIn(String username) {
        List<String> groups = new ArrayList<>();
        List<Directorate> directorates = new ArrayList<>();
        boolean[] disabled = {false};
        jdbc.sql("""
                select 'member-of' as kind, GROUP_ID_ as code, null as name from ACT_ID_MEMBERSHIP where USER_ID_ = :username
                union all
                select 'works-in', d.code, d.name from eia_directorate_member m
                  join eia_directorate d on d.code = m.directorate_code where m.username = :username
                union all
                select 'disabled', username, null from eia_disabled_user where username = :username
                order by 1, 3, 2""")
                .param("username", username)
                .query(rs -> {
                    switch (rs.getString("kind")) {
                        case "member-of" -> groups.add(rs.getString("code"));
                        case "works-in" -> directorates.add(new Directorate(rs.getString("code"), rs.getString("name")));
                        default -> disabled[0] = true;
                    }
                });
        return new SignedInPerson(username, List.copyOf(groups), List.copyOf(directorates), disabled[0]);
    }
}
