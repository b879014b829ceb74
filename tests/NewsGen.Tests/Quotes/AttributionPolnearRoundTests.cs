using System.Linq;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;
using Xunit;

namespace NewsGen.Tests.Quotes;

/// <summary>
/// The rules added from PolNeAR's development misses (docs/quotes.md, "Issue 15, second round"), each named by the
/// convention of issue 15 it serves, with the neighbouring case it must leave alone. The texts are written for these
/// tests (made-up people); paragraphs are separated by "\n".
/// </summary>
public sealed class AttributionPolnearRoundTests
{
    // Convention 6 (the words go on): the attribution that closes a sentence owns the words quoted inside it.
    [Theory]
    [InlineData("Gov. Ann Reyes spoke on Monday.\nA cashier who \"steals a handful of coins\" is held to account, Reyes said.", "Ann Reyes")]
    [InlineData("Gov. Ann Reyes spoke on Monday.\n\"There is a sense of calm now,\" and donations picked up last week, Reyes said.", "Ann Reyes")]
    [InlineData("Gov. Ann Reyes spoke on Monday.\nThe plan is \"dead on arrival\" in the Senate, said Reyes.", "Ann Reyes")]
    public void Convention_6_a_closing_attribution_owns_the_sentence_it_ends(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Fact]
    public void Convention_6_a_closing_attribution_by_a_group_names_nobody() =>
        Assert.Null(LastQuote("A cashier who \"steals a handful of coins\" is held to account, critics said.").Speaker);

    // Convention 7 (long appositives): the name that opens the clause, however many commas follow it.
    [Theory]
    [InlineData("Ramil Carr, 31, a Philadelphia freelance photographer, said the rally was the \"perfect opportunity.\"", "Ramil Carr")]
    [InlineData("Anne Richter, assistant secretary for population, refugees, and migration, said the steps were \"a start.\"", "Anne Richter")]
    [InlineData("\"We have had better years,\" Texas delegate Bill Eastland, wearing \"Vote Hale\" pins, said on Friday.", "Bill Eastland")]
    [InlineData("Rep. Tom Cole of Oklahoma, an ally of the leadership, said Thursday that he is \"unpredictable.\"", "Tom Cole")]
    public void Convention_7_the_clause_opening_name_is_the_subject_past_any_appositive(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Fact]
    public void Convention_7_a_clause_that_opens_with_a_place_has_no_speaker_there() =>
        Assert.Null(LastQuote("In Iowa, at a rally for farmers, one of the largest, said to be \"historic,\" the crowd cheered.").Speaker);

    // Convention 3 (party-state tags): the postal-code tag, the party alone, the state alone; and the tag's comma.
    [Theory]
    [InlineData("Gov. John Kasich (R-OH), said, \"We are going west.\"", "John Kasich")]
    [InlineData("Gov. Pat McCrory (R) said it would be \"improper\" to comment.", "Pat McCrory")]
    [InlineData("Sen. Susan Collins (Maine) said the bill was \"a good start.\"", "Susan Collins")]
    [InlineData("Rep. Elijah Carter (D-Md.), chair of the committee, said it was \"fully committed.\"", "Elijah Carter")]
    public void Convention_3_the_other_forms_of_the_party_state_tag(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    // Convention 4 (speech verbs): a form that is also a noun is no verb after a participle; "said former Rep. X".
    [Fact]
    public void Convention_4_a_noun_form_after_a_participle_is_not_the_attribution() =>
        Assert.Equal("George Miller", LastQuote("Rep. George Miller spoke.\nMiller said the bill is \"the best of both worlds,\" giving states more power.").Speaker);

    [Fact]
    public void Convention_4_a_dated_title_after_the_verb_leads_the_name() =>
        Assert.Equal("George Miller", LastQuote("\"People were upset,\" said former Rep. George Miller (D-Calif.), one of the negotiators.").Speaker);

    // Convention 4 (naming verbs): the object named may be long, with commas in it; no other quote between.
    [Theory]
    [InlineData("FBI Director Ann Holt called the agency's use of private servers \"extremely careless.\"", "Ann Holt")]
    [InlineData("Gov. Tom Reyes called the mayor, his rival in the primary, a \"part-time manager.\"", "Tom Reyes")]
    public void Convention_4_a_naming_verb_reaches_past_a_long_object(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Fact]
    public void Convention_4_a_naming_verb_does_not_reach_past_another_quote() =>
        Assert.Null(LastQuote("Gov. Tom Reyes called the \"Main Street\" plan, which residents know, \"dead.\"").Speaker);

    // Convention 6 (the words go on): a coordinated predicate shares its sentence's subject.
    [Fact]
    public void Convention_6_a_verb_after_but_takes_the_sentence_subject() =>
        Assert.Equal("Ann Holt", LastQuote("Ann Holt, who was speaking to the mayors, did not name her rival, but told them the city needs leaders \"who put residents first.\"").Speaker);

    [Fact]
    public void Convention_6_a_verb_after_and_takes_the_sentence_subject() =>
        Assert.Equal("Ann Holt", LastQuote("Gov. Ann Holt has made the budget her theme and has boasted of spending \"whatever it takes.\"").Speaker);

    // Names after a dated job with a place or patron in it, and after a possessive.
    [Theory]
    [InlineData("\"She is going to be more focused,\" said former South Carolina Gov. Jim Hodges, a backer.", "Jim Hodges")]
    [InlineData("\"October was a revival,\" said former Obama adviser David Axelrod.", "David Axelrod")]
    [InlineData("\"We face a wipeout,\" said Florida's Rick Wilson, a consultant.", "Rick Wilson")]
    [InlineData("\"She is a super-wonk,\" said Clinton's communications director, Jennifer Palmieri.", "Jennifer Palmieri")]
    public void Convention_4_the_name_after_a_dated_or_possessive_job(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    // Convention 2 (namesakes): the article's subject, introduced paragraphs before the relative, owns the bare surname.
    [Theory]
    [InlineData("Hillary Clinton spoke in Iowa.\nClinton and her husband, former President Bill Clinton, attended the wedding.\n\"We will win,\" Clinton said.", "Hillary Clinton")]
    [InlineData("Bill Clinton spoke in Flint.\nClinton and his wife, Hillary Clinton, toured the plant.\n\"It is a crazy system,\" Clinton said.", "Bill Clinton")]
    public void Convention_2_the_article_subject_owns_a_surname_its_relative_shares(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    // One-word surnames never introduced: a sentence-opening name right before its speech verb.
    [Theory]
    [InlineData("Morris says the campaign will \"compete vigorously.\"", "Morris")]
    [InlineData("Axelrod said the race was \"far from over.\"", "Axelrod")]
    public void A_sentence_opening_surname_before_its_verb_is_a_speaker(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Theory]
    [InlineData("Critics say the plan is \"a mess.\"")]
    [InlineData("Officials said the bridge was \"unsafe.\"")]
    [InlineData("Residents told reporters the water was \"brown.\"")]
    public void A_sentence_opening_group_is_not_a_speaker(string text) =>
        Assert.Null(LastQuote(text).Speaker);

    // Convention 10 (pronouns), precision: a pronoun resolves only when one candidate is clearly right.
    [Fact]
    public void Convention_10_an_object_not_quoted_before_is_not_clearly_the_antecedent() =>
        Assert.Null(LastQuote("Tom Reyes toured the plant on Monday. He thanked Paul Okafor for the grant.\n\"It was a good day,\" he said.").Speaker);

    [Fact]
    public void Convention_10_a_subject_is_still_the_antecedent() =>
        Assert.Equal("Paul Okafor", LastQuote("Tom Reyes toured the plant on Monday.\nPaul Okafor thanked the workers.\n\"It was a good day,\" he said.").Speaker);

    [Fact]
    public void Convention_10_a_nearer_full_name_of_unknown_gender_blocks_the_pronoun() =>
        Assert.Null(LastQuote("Sarah Violet said the crowd was happy.\nZeynep Akar told reporters the truck hit the crowd.\n\"I heard the crash,\" she said.").Speaker);

    [Fact]
    public void Convention_10_a_lone_name_with_an_age_is_a_person_who_blocks_the_pronoun() =>
        Assert.Null(LastQuote("Michelle Dorn, a professor, said the students were upset.\nPuckett, 19, a nursing major, sat in the last row.\n\"I learned more that week,\" she said.").Speaker);

    private static ArticleQuote LastQuote(string text) => ArticleParser.Parse(text).Quotes.Last();
}
