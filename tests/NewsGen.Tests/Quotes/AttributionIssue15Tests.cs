using System.Linq;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;
using Xunit;

namespace NewsGen.Tests.Quotes;

/// <summary>
/// Issue 15's conventions (docs/quotes.md, "Issue 15: the conventions"), one test per convention: the case the rule
/// serves and, where a rule could overreach, the neighbouring case it must leave alone. The texts are written for
/// these tests (made-up people); paragraphs are separated by "\n".
/// </summary>
public sealed class AttributionIssue15Tests
{
    // 1. Honorific and title-only mentions register a person, so a later pronoun finds them.
    [Theory]
    [InlineData("Mr. Okafor arrived late on Tuesday.\n\"We are ready,\" he said.", "Okafor")]
    [InlineData("Ms. Lind-Haas left the hearing early.\n\"I have said enough,\" she said.", "Lind-Haas")]
    [InlineData("President Okafor met the envoys on Monday.\n\"Talks went well,\" he said.", "Okafor")]
    public void Convention_1_an_honorific_mention_is_a_pronouns_antecedent(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Fact]
    public void Convention_1_a_courtesy_title_of_the_other_gender_is_not_an_antecedent() =>
        Assert.Null(LastQuote("Ms. Lind-Haas left the hearing early.\n\"I have said enough,\" he said.").Speaker);

    // 2. One person written two ways; namesakes resolve to the one mentioned last.
    [Fact]
    public void Convention_2_a_middle_initial_does_not_make_a_second_person()
    {
        ParsedArticle article = ArticleParser.Parse("Mary K. Ortiz chairs the board.\nMary Ortiz spoke to reporters. \"It was close,\" Ortiz said.");

        Assert.Equal("Mary K. Ortiz", article.Quotes.Single().Speaker);
        Assert.Single(article.Speakers);
    }

    [Theory]
    [InlineData("Bill Clinton spoke first.\nHillary Clinton followed him.\n\"We will win,\" Clinton said.", "Hillary Clinton")]
    [InlineData("Hillary Clinton spoke first.\nBill Clinton followed her.\n\"We will win,\" Clinton said.", "Bill Clinton")]
    [InlineData("Bill Clinton spoke first. Hillary Clinton followed him.\n\"We will win,\" Mr. Clinton said.", "Bill Clinton")]
    public void Convention_2_a_shared_surname_is_the_compatible_person_mentioned_last(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Fact]
    public void Convention_2_two_namesakes_in_one_paragraph_leave_the_surname_unresolved() =>
        Assert.Null(LastQuote("Bill Clinton spoke first. Hillary Clinton followed him.\n\"We will win,\" Clinton said.").Speaker);

    // 3. Party-state tags.
    [Theory]
    [InlineData("Sen. Maria Alvarez said the bill was flawed.\n\"It will not pass,\" Alvarez (D-Ore.) said.", "Maria Alvarez")]
    [InlineData("\"We have the votes,\" Hale, R-Tenn., said.", "Hale")]
    [InlineData("\"We have the votes,\" Rep. Dana Hale (R-N.Y.) said.", "Dana Hale")]
    public void Convention_3_a_party_state_tag_stands_between_name_and_verb(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Fact]
    public void Convention_3_a_state_at_a_sentence_end_still_ends_it()
    {
        // "Tenn." ends the first sentence here; the quote after it opens the next and has no attribution.
        ParsedArticle article = ArticleParser.Parse("Dana Hale grew up in Nashville, Tenn. \"Nobody asked us,\" residents complained.");

        Assert.Null(article.Quotes.Single().Speaker);
    }

    // 4. Speech verbs from the reporting-verb lists, and "put it".
    [Theory]
    [InlineData("Gov. Ann Reyes spoke on Monday.\n\"The river is rising,\" Reyes insisted.", "Ann Reyes")]
    [InlineData("Gov. Ann Reyes spoke on Monday.\n\"Leave now,\" Reyes implored.", "Ann Reyes")]
    [InlineData("Gov. Ann Reyes spoke on Monday.\n\"It is over,\" concluded Reyes.", "Ann Reyes")]
    [InlineData("Gov. Ann Reyes spoke on Monday.\n\"That is the point,\" as Reyes put it.", "Ann Reyes")]
    [InlineData("Gov. Ann Reyes spoke on Monday.\nReyes likened the plan to a \"house of cards.\"", "Ann Reyes")]
    [InlineData("The Daily Ledger reports: \"The mill will close.\"", "Daily Ledger")]
    public void Convention_4_reporting_verbs_beyond_said(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Fact]
    public void Convention_4_a_verb_that_is_also_a_noun_reports_speech_only_next_to_the_quote() =>
        Assert.Null(LastQuote("Gov. Ann Reyes read the reports on the flood and the \"unacceptable\" delays.").Speaker);

    // 5. Dash attribution after a quote.
    [Theory]
    [InlineData("\"We just want the road fixed.\" \u2015 Maria Lopez, 54, a nurse", "Maria Lopez")]
    [InlineData("\"We just want the road fixed.\" \u2014 Maria Lopez", "Maria Lopez")]
    [InlineData("\"Nobody listens.\" -- Tom Hale", "Tom Hale")]
    public void Convention_5_a_dash_attribution_after_a_quote(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Fact]
    public void Convention_5_a_dash_before_a_possessive_is_not_an_attribution() =>
        Assert.Null(LastQuote("Critics mocked \"the plan\" \u2014 Lopez's own phrase \u2014 all week.").Speaker);

    // 6. The second piece of a split quotation; a quote-only paragraph after reported speech.
    [Fact]
    public void Convention_6_the_second_piece_of_a_split_quote_is_the_first_speakers()
    {
        ParsedArticle article = ArticleParser.Parse("\"This is the cheapest power,\" said Regina Aldous, speaking of the developer's plan. \"It would be foolish to say no.\"");

        Assert.All(article.Quotes, q => Assert.Equal("Regina Aldous", q.Speaker));
    }

    [Theory]
    [InlineData("Secretary of State John Kerry said that 100,000 refugees would be accepted.\n\"That adds up to 185,000 over two years.\"", "John Kerry")]
    public void Convention_6_a_quote_only_paragraph_continues_the_reported_speech_before_it(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Fact]
    public void Convention_6_reported_speech_about_another_person_hands_nothing_on() =>
        Assert.Null(LastQuote("John Kerry said that Maria Alvarez would decide.\n\"That adds up to 185,000 over two years.\"").Speaker);

    // 7. Long appositives.
    [Theory]
    [InlineData("Ana Reyes, the Democratic attorney general of Nevada, one of the states suing the agency, said the rule was \"unlawful.\"", "Ana Reyes")]
    [InlineData("Cory James, 22, of Flint, Mich., said, \"I am done.\"", "Cory James")]
    [InlineData("Hillary Clinton, at a town hall meeting in Columbus, Ohio, said the plan was \"overdue.\"", "Hillary Clinton")]
    public void Convention_7_a_place_inside_a_long_appositive_is_not_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    // 8. Headline and deck style.
    [Fact]
    public void Convention_8_said_then_the_speaker_then_a_colon() =>
        Assert.Equal("Ellis", LastQuote("Said Ellis: \"We start again tomorrow.\"").Speaker);

    // 9. Organisations, publications and descriptions speak, with their kind.
    [Theory]
    [InlineData("\"We will appeal,\" the White House said.", "White House", SpeakerKind.Organization)]
    [InlineData("The Defence Ministry said in a statement that the exercises were \"routine.\"", "Defence Ministry", SpeakerKind.Organization)]
    [InlineData("\"We are cooperating fully,\" a spokesman for the utility said.", "a spokesman for the utility", SpeakerKind.Description)]
    [InlineData("\"We have no comment,\" said a spokeswoman for the county council.", "a spokeswoman for the county council", SpeakerKind.Description)]
    [InlineData("\"I have no regrets,\" Margaret Court said.", "Margaret Court", SpeakerKind.Person)]
    public void Convention_9_the_speaker_kind(string text, string name, SpeakerKind kind)
    {
        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Equal(name, article.Quotes.Single().Speaker);
        Assert.Equal(new ArticleSpeaker(name, null, kind), article.Speakers.Single());
    }

    [Theory]
    [InlineData("\"We will look into it,\" a source said.")]
    [InlineData("\"We just want answers,\" the family of Liam Burke said in a statement.")]
    [InlineData("\"We were never told,\" an official said.")]
    [InlineData("\"It'd be a great loss for us,\" said the Warriors chief.")]
    [InlineData("\"We will fight this,\" the Manchester Central MP said.")]
    [InlineData("\"We will fight this,\" the Texas senator said.")]
    public void Convention_9_an_anonymous_source_or_a_representative_of_a_name_stays_unnamed(string text) =>
        Assert.Null(LastQuote(text).Speaker);

    // 10. Pronouns: the last speaker reaches further back when nobody else could be meant.
    [Fact]
    public void Convention_10_a_pronoun_reaches_the_last_speaker_three_paragraphs_back() =>
        Assert.Equal("Tom Okafor", LastQuote("\"We will rebuild,\" Mayor Tom Okafor said.\nThe city lost 40 homes in the flood.\nThe board meets on Friday.\n\"Nobody will be left behind,\" he added.").Speaker);

    [Fact]
    public void Convention_10_another_person_of_that_gender_since_the_last_quote_blocks_it() =>
        Assert.Null(LastQuote("\"We will rebuild,\" Mayor Tom Okafor said.\nPaul Brandt leads the recovery board.\nThe city lost 40 homes in the flood.\nThe board meets on Friday.\n\"Nobody will be left behind,\" he added.").Speaker);

    private static ArticleQuote LastQuote(string text) => ArticleParser.Parse(text).Quotes.Last();
}
