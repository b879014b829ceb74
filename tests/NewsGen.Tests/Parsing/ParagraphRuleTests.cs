using System.Linq;
using NewsGen.Parsing;
using Xunit;

namespace NewsGen.Tests.Parsing;

public sealed class ParagraphRuleTests
{
    private const string Wrapped =
        "Storm closes schools\n" +
        "\n" +
        "Schools across the county closed on Monday\r\n" +
        "  as the storm moved in.  \n" +
        "\n" +
        "\n" +
        "\"We had no choice,\" the superintendent said.\n";

    [Fact]
    public void Blank_lines_rule_joins_wrapped_lines_with_one_space()
    {
        ParsedArticle article = ArticleParser.Parse(Wrapped, ParagraphRule.BlankLines);

        Assert.Equal("Storm closes schools", article.Title!.Text);
        Assert.Equal(
            new[] { "Schools across the county closed on Monday as the storm moved in.", "\"We had no choice,\" the superintendent said." },
            article.Paragraphs.Select(p => p.Text));
        Assert.Equal(new[] { 3, 4 }, article.Paragraphs[0].Lines.Select(l => l.Line));
        Assert.Equal("Schools across the county closed on Monday as the storm moved in.", article.Lede);
        Assert.Equal(article.Title.Text + "\n" + article.Text, article.NormalizedText);
    }

    [Fact]
    public void Lines_rule_keeps_every_line_a_paragraph()
    {
        ParsedArticle article = ArticleParser.Parse(Wrapped, ParagraphRule.Lines);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal("as the storm moved in.", article.Paragraphs[1].Text);
    }

    [Fact]
    public void File_offsets_of_a_wrapped_paragraph_point_into_the_right_line()
    {
        ParsedArticle article = ArticleParser.Parse(Wrapped, ParagraphRule.BlankLines);
        ArticleParagraph paragraph = article.Paragraphs[0];

        int storm = paragraph.Text.IndexOf("storm", System.StringComparison.Ordinal);
        int inFile = paragraph.FileOffset(storm);

        Assert.Equal("storm", Wrapped.Substring(inFile, 5));
        Assert.Equal("Schools", Wrapped.Substring(paragraph.FileOffset(0), 7));
    }

    [Fact]
    public void Under_the_blank_lines_rule_a_file_without_blank_lines_is_one_paragraph()
    {
        string seed = Infrastructure.Seed.Text;

        ParsedArticle article = ArticleParser.Parse(seed, ParagraphRule.BlankLines);

        Assert.Equal(seed.Replace('\n', ' '), Assert.Single(article.Paragraphs).Text);
    }
}
