using System.Linq;
using NewsGen.Parsing;
using Xunit;

namespace NewsGen.Tests.PropertyBased;

/// <summary>The parser over any text: it never throws and loses or alters nothing but what normalisation drops.</summary>
public sealed class ParserProperties
{
    private const int Cases = 10_000;

    [Fact]
    public void Parser_never_throws_and_keeps_every_character_of_the_normalised_text() =>
        Property.ForAll(HostileText.AnyArticle, text =>
        {
            // The reference normalisation is the one-paragraph-per-line rule's.
            ParsedArticle parsed = ArticleParser.Parse(text, ParagraphRule.Lines);

            Assert.Equal(ReferenceNormalization.Text(text), parsed.NormalizedText);
            Assert.Equal(ReferenceNormalization.Lines(text).Count, parsed.Paragraphs.Count + (parsed.Title is null ? 0 : 1));
        }, seed: 0x4E45_5753_0001, cases: Cases, shrinkCases: 20_000, print: Printable.Text);

    [Fact]
    public void Every_paragraph_points_at_its_own_text_in_the_file() =>
        Property.ForAll(HostileText.AnyArticle, text =>
        {
            // Under Lines every paragraph and the title are one line of the file (a wrapped title joins its lines).
            ParsedArticle parsed = ArticleParser.Parse(text, ParagraphRule.Lines);

            foreach (ArticleLine line in parsed.Paragraphs.Select(p => p.Place).Append(parsed.Title).OfType<ArticleLine>())
            {
                Assert.Equal(line.Text, text.Substring(line.Start, line.Text.Length));
                Assert.Equal(1 + LineBreaksBefore(text, line.Start), line.Line);
                int lineStart = LineStart(text, line.Start);
                Assert.Equal(line.Start - lineStart + 1, line.Column);
                Assert.False(ArticleParser.IsTrimmable(line.Text[0]) || ArticleParser.IsTrimmable(line.Text[^1]));
                Assert.DoesNotContain('\n', line.Text);
                Assert.DoesNotContain('\r', line.Text);
            }
        }, seed: 0x4E45_5753_0002, cases: Cases, shrinkCases: 20_000, print: Printable.Text);

    [Fact]
    public void The_default_rule_reads_every_file_exactly_as_Lines_or_as_BlankLines() =>
        Property.ForAll(HostileText.AnyArticle, text =>
        {
            ParsedArticle auto = ArticleParser.Parse(text);

            Assert.True(auto == ArticleParser.Parse(text, ParagraphRule.Lines) || auto == ArticleParser.Parse(text, ParagraphRule.BlankLines));
        }, seed: 0x4E45_5753_0018, cases: Cases, shrinkCases: 20_000, print: Printable.Text);

    [Fact]
    public void Lede_word_count_and_credit_agree_with_the_paragraphs() =>
        Property.ForAll(HostileText.AnyArticle, text =>
        {
            ParsedArticle parsed = ArticleParser.Parse(text);

            Assert.StartsWith(parsed.Lede, parsed.Paragraphs.Count == 0 ? string.Empty : parsed.Paragraphs[0].Text, System.StringComparison.Ordinal);
            Assert.Equal(parsed.Paragraphs.Count > 0, parsed.Lede.Length > 0);
            Assert.Equal(parsed.Paragraphs.Sum(p => p.Text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries).Length), parsed.WordCount);
            Assert.Equal(parsed.Credit is null ? -1 : parsed.Paragraphs.Count - 1, parsed.CreditParagraphIndex);
            Assert.Equal(parsed.Credit is null ? 0 : 1, parsed.Paragraphs.Count(p => p.IsCredit));
        }, seed: 0x4E45_5753_0003, cases: Cases, shrinkCases: 20_000, print: Printable.Text);

    private static int LineBreaksBefore(string text, int index)
    {
        int breaks = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks;
    }

    private static int LineStart(string text, int index)
    {
        int start = index;
        while (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }

        // The BOM opens line 1 but is not one of its columns.
        return start == 0 && text.Length > 0 && text[0] == '\uFEFF' ? 1 : start;
    }
}
