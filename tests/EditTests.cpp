#include <catch2/catch.hpp>

#include "TestUtil.h"
#include "domain/Edit.h"

using namespace wk;

TEST_CASE("validation refuses what the rules do not allow") {
    const Session s = test::smallSession();
    Idea blank;
    blank.id = "i9";
    blank.text = " \n ";
    CHECK(validate(s, Put<Idea>{blank})->code == "text_empty");
    CHECK(validate(s, Put<Placement>{{"p1", "communicatie", 101, 50, "", 0}})->code == "value_range");
    CHECK(validate(s, Put<Placement>{{"nobody", "communicatie", 1, 2, "", 0}})->code == "unknown_participant");
    Action a = s.actions[0];
    a.opgave = "o404";
    CHECK(validate(s, Put<Action>{a})->code == "unknown_opgave");
    Idea wrong = s.ideas[0];
    wrong.response.value = "ja";  // the session uses nu/ooit/nooit
    CHECK(validate(s, Put<Idea>{wrong})->code == "response_invalid");
    CHECK(validate(s, Remove<Opgave>{s.opgaven[0]})->code == "in_use");
    CHECK_FALSE(validate(s, Put<Idea>{s.ideas[0]}).has_value());
}

TEST_CASE("every command's inverse restores the session exactly") {
    const Session before = test::smallSession();
    Idea edited = before.ideas[0];
    edited.text = "Nieuwe tekst met ë";
    Note added{"n9", "2026-11-22T21:00:00", "Slot", NoteKind::Decision, Visibility::Public, 3};
    SessionInfo info = before.info;
    info.title = "Andere titel";
    const std::vector<Command> commands = {Put<Idea>{edited}, Put<Note>{added}, Remove<Note>{before.notes[0]},
                                           SetInfo{info}, Remove<Placement>{before.placements[0]}};
    for (const Command& c : commands) {
        Session s = before;
        const Command back = inverse(s, c);
        apply(s, c);
        apply(s, back);
        CHECK(s.ideas[0].text == before.ideas[0].text);
        CHECK(s.notes.size() == before.notes.size());
        CHECK(s.notes[0].id == before.notes[0].id);  // restored in its place, not at the end
        CHECK(s.info.title == before.info.title);
        CHECK(s.placements.size() == before.placements.size());
    }
}

TEST_CASE("normalized cleans every text field of a command") {
    Idea i;
    i.id = "i5";
    i.text = "tekst\x01 met\x7f stuurtekens";
    i.author = "naam\nmet regel";
    const Command c = normalized(Put<Idea>{i});
    const Idea& out = std::get<Put<Idea>>(c).item;
    CHECK(out.text == "tekst met stuurtekens");
    CHECK(out.author == "naam met regel");
}

TEST_CASE("fresh ids are unique across all lists") {
    Session s = test::smallSession();
    CHECK(freshId(s, 'i') == "i3");
    CHECK(freshId(s, 'n') == "n3");
    CHECK(nextSeq<Idea>(s) == 3);
}
