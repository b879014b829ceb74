using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Parsing;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Analysis;

/// <summary>
/// Copy written here in the styles real outlets publish (wire copy, British single quotes, US curly quotes,
/// scraped text whose paragraph breaks were lost, archive text decoded twice), each with the exact diagnostics
/// the analyzer gives and the exact quotations the generator extracts. Then look-alikes of every fault, in the
/// same styles, that are good copy and must give nothing.
/// </summary>
public sealed class OutletStyleFixtureTests
{
    public sealed record Fixture(string Name, string Text, string[] Diagnostics, string[] Quotes)
    {
        public override string ToString() => Name;
    }

    private static readonly Fixture[] Fixtures =
    {
        // AP-style wire copy: a quotation that runs on into a reopened paragraph is good style, not a fault.
        new(
            "wire copy with a run-on quotation",
            "WASHINGTON (AP) \u2014 The Senate on Tuesday passed a stopgap spending bill, averting a shutdown.\n"
            + "\"We did our job,\" Senate Majority Leader Tom Harlan said. \"Now the House has to do theirs.\n"
            + "\"There is no more time to waste.\"\n"
            + "Harlan told reporters the vote was \"a relief for every family that depends on a paycheck.\"\n",
            new string[0],
            new[] { "We did our job,", "Now the House has to do theirs.\n\"There is no more time to waste.", "a relief for every family that depends on a paycheck." }),

        // Scraped copy (the layout of a broadcaster's archive): the paragraph break inside a run-on quotation
        // was lost, so its reopening mark stands mid-line. One warning there, one quotation, no NEWS003.
        new(
            "scraped copy with a lost paragraph break",
            "Bank warns on rates\n\n"
            + "The governor said rates may need to rise again. \"We will look at every proposal, but we will need to see the decisions first. \"If the gaps are not closed, the market will close them.\"\n\n"
            + "Shares fell in early trading.\n",
            new[] { "NEWS016 a.txt(3,127,3,128)" },
            new[] { "We will look at every proposal, but we will need to see the decisions first. \"If the gaps are not closed, the market will close them." }),

        // Two lost breaks in one quotation, and a quotation after it that closes normally.
        new(
            "scraped copy with two lost breaks",
            "He said: \"It is utterly unacceptable. \"The rule of law is there for a reason. \"We will appeal.\" The hearing ended.\n",
            new[] { "NEWS016 a.txt(1,39,1,40)", "NEWS016 a.txt(1,79,1,80)" },
            new[] { "It is utterly unacceptable. \"The rule of law is there for a reason. \"We will appeal." }),

        // British style: single marks outside, double inside; the same lost break inside a single-quoted quotation.
        new(
            "British single quotes with a lost break",
            "The minister said: 'We have listened. 'The plan will change, and it will change for the better.'\n"
            + "'It is a \"once in a generation\" chance,' she added.\n",
            new[] { "NEWS016 a.txt(1,39,1,40)" },
            new[] { "We have listened. 'The plan will change, and it will change for the better.", "It is a \"once in a generation\" chance,", "once in a generation" }),

        // US curly quotes with a reversed mark and a straight closing mark: the pairs a reader sees, a warning at each wrong mark.
        new(
            "US curly quotes with a reversed and a mismatched mark",
            "The agency promised an \u201Cexpedited review\u201C of the application.\n"
            + "\u201CWe will not be rushed,\u201D the commissioner said. \u201CEvery filing gets the same scrutiny.\"\n",
            new[] { "NEWS004 a.txt(1,41,1,42)", "NEWS004 a.txt(2,86,2,87)" },
            new[] { "expedited review", "We will not be rushed,", "Every filing gets the same scrutiny." }),

        // A mark truly left open: one warning at it, and every quotation that pairs is still extracted.
        new(
            "a quotation truly left open",
            "The mayor said the bridge would reopen \"by the end of the month.\n"
            + "Council members called the plan \"realistic\" and \"overdue.\"\n",
            new[] { "NEWS003 a.txt(1,40,1,41)" },
            new[] { "realistic", "overdue." }),

        // A run-on quotation that stops without closing: the warning is where its last paragraph reopened it.
        new(
            "a run-on quotation that stops unclosed",
            "\"We are ready,\" she said. \"The team has trained for this.\n"
            + "\"Nobody will outwork us.\n"
            + "The match starts at noon.\n",
            new[] { "NEWS003 a.txt(2,1,2,2)" },
            new[] { "We are ready," }),

        // Archive text decoded twice: one error per word, with the repaired text, and the C1 controls of a
        // Latin-1 double decoding counted in the same fault, not as control characters.
        new(
            "archive text decoded twice",
            "The French ambassador, Fran\u00C3\u00A7ois Delattre, said he didn\u00E2\u20AC\u2122t expect a deal \u00E2\u20AC\u201D not this year.\n"
            + "Ren\u00C3\u0083\u00C2\u00A9e told her don\u00E2\u0080\u0099t worry.\n",
            new[] { "NEWS017 a.txt(1,24,1,33)", "NEWS017 a.txt(1,52,1,60)", "NEWS017 a.txt(1,75,1,78)", "NEWS017 a.txt(2,1,2,9)", "NEWS017 a.txt(2,19,2,26)" },
            new string[0]),

        // A technology story quoting code: straight marks that pair cleanly open when nothing is open.
        new(
            "code in a technology story",
            "The bug was a single line, return $\"{user.Name}\"; which compiled without a warning.\n"
            + "Her settings read theme=\"dark\" and the page crashed, she said:\"It never recovered.\"\n",
            new string[0],
            new[] { "{user.Name}", "dark", "It never recovered." }),

        // A byte that is not UTF-8: one error, and nothing about the mark the replacement character stands next to.
        new(
            "a mark next to an invalid byte",
            "The sign read caf\uFFFD\" in red letters.\n\"We like it,\" he said.\n",
            new[] { "NEWS002 a.txt(1,18,1,19)" },
            new[] { "We like it," }),
    };

    public static TheoryData<string> FixtureNames => new(Fixtures.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Outlet_style_copy_gives_exactly_its_diagnostics_and_quotations(string name)
    {
        Fixture fixture = Fixtures.Single(f => f.Name == name);

        Assert.Equal(fixture.Diagnostics, AnalyzerHarness.Check(fixture.Text));
        Assert.Equal(fixture.Quotes, ArticleParser.Parse(fixture.Text).Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Quotation_mark_and_layout_faults_are_warnings_and_encoding_faults_errors()
    {
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(Fixtures.Select((f, i) => new ArticleFile("/articles/f" + i.ToString(CultureInfo.InvariantCulture) + ".txt", f.Text)));

        var severities = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Select(d => d.Severity).Distinct().Single());
        Assert.Equal(DiagnosticSeverity.Warning, severities["NEWS003"]);
        Assert.Equal(DiagnosticSeverity.Warning, severities["NEWS004"]);
        Assert.Equal(DiagnosticSeverity.Warning, severities["NEWS016"]);
        Assert.Equal(DiagnosticSeverity.Error, severities["NEWS017"]);
        Assert.Equal(DiagnosticSeverity.Error, severities["NEWS002"]);
    }

    [Fact]
    public void Messages_name_the_mark_and_the_repaired_text()
    {
        string Message(string text, string id) =>
            AnalyzerHarness.Run(new[] { new ArticleFile("/articles/a.txt", text) }).First(d => d.Id == id).GetMessage(CultureInfo.InvariantCulture);

        Assert.Equal(
            "'Fran\u00C3\u00A7ois' reads as 'Fran\u00E7ois' when decoded once: its UTF-8 bytes were read as Windows-1252 or Latin-1 and saved again. Replace it with 'Fran\u00E7ois'.",
            Message("The ambassador, Fran\u00C3\u00A7ois Delattre, spoke.\n", "NEWS017"));
        Assert.StartsWith("'Ren\u00C3\u0083\u00C2\u00A9e' reads as 'Ren\u00E9e' when decoded twice", Message("Ren\u00C3\u0083\u00C2\u00A9e spoke.\n", "NEWS017"));
        Assert.StartsWith(
            "The quotation mark '\"' (U+0022) reopens the quotation already open, right after a quoted sentence ends: a paragraph break was probably lost here.",
            Message("He said: \"We are done. \"Now we go home.\"\n", "NEWS016"));
    }

    [Theory]
    [InlineData("JOS\u00C9\u2019S TACOS opened on Main Street, and the \u00C9COLE \u2014 a caf\u00E9 \u2014 stayed shut.")]
    [InlineData("Caf\u00E9, r\u00E9sum\u00E9, na\u00EFve, Zo\u00EB and S\u00E3o Paulo; \u041C\u043E\u0441\u043A\u0432\u0430 and \u0391\u03B8\u03AE\u03BD\u03B1 \u00BB not \u00AB mojibake.")]
    [InlineData("Prices rose 5% to \u00A33.2bn (\u20AC3.7bn), the \u00BD-point rise the \u00B0C forecast ignored.")]
    [InlineData("\"It was over.\" \"He knew it,\" she said.")]
    [InlineData("\u201CIt was over.\u201D \u201CHe knew it,\u201D she said. \u201CWe all did.\u201D")]
    [InlineData("'He told me, \"Go home\",' she said. 'I went.'")]
    [InlineData("The jury heard: \"It was over. he knew it.\"")]
    [InlineData("Call print(\"hello\") and then x = \"\" to reset it.")]
    [InlineData("He said: \"We won. Then we celebrated.\" And then: \"We slept.\"")]
    [InlineData("The report, titled \"Fixing the Roads,\" said: \"The work starts now.\"")]
    public void Look_alikes_in_real_styles_give_nothing(string paragraph)
    {
        Assert.Empty(AnalyzerHarness.Check(paragraph + "\n"));
    }
}
