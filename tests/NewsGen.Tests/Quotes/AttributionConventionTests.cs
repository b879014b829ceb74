using System.Linq;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;
using Xunit;

namespace NewsGen.Tests.Quotes;

/// <summary>
/// The writing conventions added after the held-out set's first run (docs/quotes.md, "Measured"), each with the
/// case it serves and the neighbouring case it must leave alone. Paragraphs are separated by "\n".
/// </summary>
public sealed class AttributionConventionTests
{
    [Theory]
    [InlineData("Maria Lindgren, a spokeswoman for the sheriff's office, said deputies arrived at 2 a.m.\n\"There was no sign of forced entry,\" the spokeswoman said.", "Maria Lindgren")]
    [InlineData("Health Minister Anneli Saarinen said the vaccine would be free.\n'It is the right thing to do,' the minister told reporters.", "Anneli Saarinen")]
    [InlineData("Jane Roe, the chief executive of Acme, said profits fell.\n\"We expected worse,\" said the chief executive.", "Jane Roe")]
    public void A_job_with_the_refers_to_the_one_person_given_that_job(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Theory]
    [InlineData("Health Minister Anneli Saarinen and Finance Minister Oskar Nyberg met on Monday.\n\"We agreed,\" the minister said.")]
    [InlineData("The school closed on Monday.\n\"We had no choice,\" the spokeswoman said.")]
    [InlineData("\"We had no choice,\" the spokeswoman said. Maria Lindgren, a spokeswoman for the council, declined to comment.")]
    public void A_job_with_the_names_nobody_when_none_or_several_hold_it_before(string text) =>
        Assert.Null(LastQuote(text).Speaker);

    [Theory]
    [InlineData("\"We just want answers,\" the family of Liam Burke said in a statement.")]
    [InlineData("A lawyer for Derek Osei said the charges were \"baseless.\"")]
    public void A_name_after_a_noun_and_preposition_is_not_the_speaker(string text) =>
        Assert.Null(LastQuote(text).Speaker);

    [Fact]
    public void A_title_joined_by_of_still_reads_as_the_speaker() =>
        Assert.Equal("Rex Tillerson", LastQuote("Secretary of State Rex Tillerson said, \"We will talk.\"").Speaker);

    [Theory]
    [InlineData("The Defence Ministry said in a statement that the exercises were \"routine.\"")]
    [InlineData("\"We are cooperating fully,\" Fennimore Group said.")]
    public void An_institution_is_not_a_person(string text)
    {
        // Issue 15, convention 9: an institution now speaks as an organisation (it was "nobody" before), never as a person.
        ArticleSpeaker speaker = ArticleParser.Parse(text).Speakers.Single();

        Assert.Equal(SpeakerKind.Organization, speaker.Kind);
        Assert.Equal(speaker.Name, LastQuote(text).Speaker);
    }

    [Fact]
    public void A_person_named_like_an_institution_keeps_a_known_given_name() =>
        Assert.Equal("Margaret Court", LastQuote("\"I have no regrets,\" Margaret Court said.").Speaker);

    [Theory]
    [InlineData("Finance Minister Oskar Nyberg spoke on Monday.\n\"Markets will settle,\" he added. \"Our fundamentals have not changed.\"")]
    [InlineData("Judge Harriet Olsen passed sentence.\n\"You targeted the vulnerable,\" she continued. \"You did it for money.\"")]
    public void A_pronoun_gives_its_gender_to_a_name_that_did_not_show_one(string text)
    {
        ParsedArticle article = ArticleParser.Parse(text);

        Assert.Equal(2, article.Quotes.Count);
        Assert.NotNull(article.Quotes[0].Speaker);
        Assert.Equal(article.Quotes[0].Speaker, article.Quotes[1].Speaker);
    }

    [Fact]
    public void Shot_back_reports_speech() =>
        Assert.Equal("Gloria Pratt", LastQuote("Councilwoman Gloria Pratt led the debate.\n\"Name one project,\" Pratt shot back.").Speaker);

    [Theory]
    [InlineData("The company's chief executive, Paul Hendry, said it was \"fair and final.\"", "Paul Hendry")]
    [InlineData("Its headteacher, Claire Moffat, said: 'We accept the findings in full.'", "Claire Moffat")]
    public void A_job_after_a_possessive_introduces_the_appositive_name(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Theory]
    [InlineData("\"The storm surge is the danger,\" said meteorologist Hannah Greer.", "Hannah Greer")]
    [InlineData("\"It will spread,\" said epidemiologist Ravi Menon.", "Ravi Menon")]
    [InlineData("\"Nobody listened,\" said statistician Ola Berg.", "Ola Berg")]
    public void Professions_ending_ologist_or_ician_are_jobs(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Theory]
    [InlineData("Chief executive Sunil Mehta told analysts on a conference call that demand was \"softer than we expected.\"", "Sunil Mehta")]
    [InlineData("Senator Rosa Villanueva said in a tweet that the plan was \"dead on arrival.\"", "Rosa Villanueva")]
    [InlineData("Chef Marco Vellani wrote in a statement posted to Instagram that he was \"heartbroken\" by the closure.", "Marco Vellani")]
    public void A_verb_form_used_as_a_noun_or_modifier_is_not_the_sentence_verb(string text, string speaker) =>
        Assert.Equal(speaker, LastQuote(text).Speaker);

    [Fact]
    public void A_quote_only_paragraph_after_two_voices_is_left_unattributed()
    {
        ParsedArticle article = ArticleParser.Parse(
            "Union leader Sandra Kowalczyk said the offer was \"an insult.\" Chief executive Paul Hendry said it was \"fair and final.\"\n" +
            "\"We will not be moving from this position.\"");

        Assert.Equal(new[] { "Sandra Kowalczyk", "Paul Hendry", null }, article.Quotes.Select(q => q.Speaker).ToArray());
    }

    [Fact]
    public void A_quote_only_paragraph_after_one_voice_still_continues_it()
    {
        ParsedArticle article = ArticleParser.Parse(
            "Council member Irene Falk called the stadium deal \"a giveaway to billionaires.\"\n" +
            "\"Taxpayers will be paying for this long after the team has moved again.\"");

        Assert.Equal(new[] { "Irene Falk", "Irene Falk" }, article.Quotes.Select(q => q.Speaker).ToArray());
    }

    [Theory]
    [InlineData("The band closed with \"Northern Line,\" the song that made them famous.", QuoteKind.Title)]
    [InlineData("She sang 'Paper Boats', her debut single, to close the show.", QuoteKind.Title)]
    [InlineData("\"Unacceptable,\" the report said.", QuoteKind.Statement)]
    [InlineData("\"Unacceptable,\" the singer said.", QuoteKind.Statement)]
    public void A_title_can_be_named_by_the_appositive_after_it(string text, QuoteKind kind) =>
        Assert.Equal(kind, LastQuote(text).Kind);

    [Theory]
    [InlineData("'Unsafe' bridge to close for six months", QuoteKind.Fragment)]
    [InlineData("\"We will win\" he said.", QuoteKind.Statement)]
    [InlineData("\"We will win.\" That was all.", QuoteKind.Statement)]
    public void A_capitalised_quote_the_sentence_runs_on_from_is_a_fragment(string text, QuoteKind kind) =>
        Assert.Equal(kind, LastQuote(text).Kind);

    private static ArticleQuote LastQuote(string text) => ArticleParser.Parse(text).Quotes.Last();
}
