using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>
/// The XML doc preview of a paragraph constant tells it from the next in a completion list without copying the
/// whole paragraph into the source a second time: at most 100 characters, cut after a whole word, with an ellipsis;
/// the constant itself keeps every character.
/// </summary>
public sealed class DocPreviewTests
{
    [Fact]
    public void A_long_paragraph_is_previewed_up_to_a_whole_word_and_kept_whole_in_its_constant()
    {
        string words = string.Join(" ", Enumerable.Range(1, 60).Select(i => "word" + i)) + ".";
        string unbroken = new string('x', 250) + ".";
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/p/long.txt", words + "\n" + unbroken + "\nShort one.\n") });

        Assert.Empty(run.CompilationDiagnostics);
        string code = run.Articles["Long"];
        string first = Preview(code, 1);
        Assert.EndsWith("\u2026", first);
        Assert.True(first.Length <= 101, first);
        Assert.StartsWith(first.TrimEnd('\u2026'), words);
        Assert.Matches("word[0-9]+\u2026$", first);
        Assert.Equal(new string('x', 100) + "\u2026", Preview(code, 2));
        Assert.Equal("Short one.", Preview(code, 3));
        Assert.Contains("public const string Paragraph1 = \"" + words + "\";", code);
        Assert.Contains("public const string Paragraph2 = \"" + unbroken + "\";", code);
    }

    private static string Preview(string code, int paragraph) =>
        Regex.Match(code, "Paragraph " + paragraph + " \\(index [0-9]+\\): \u201C(.*)\u201D</summary>").Groups[1].Value;
}
