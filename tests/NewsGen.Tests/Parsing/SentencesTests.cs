using NewsGen.Parsing;
using Xunit;

namespace NewsGen.Tests.Parsing;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("The U.S. government said no. Then it said yes.", "The U.S. government said no.")]
    [InlineData("It happened on Jan. 5 in Paris. Nobody came.", "It happened on Jan. 5 in Paris.")]
    [InlineData("Mr. Smith met Dr. Jones at 5 p.m. on Monday. They talked.", "Mr. Smith met Dr. Jones at 5 p.m. on Monday.")]
    [InlineData("He paused ... Then he spoke. Later he left.", "He paused ... Then he spoke.")]
    [InlineData("He paused\u2026 then spoke. Later he left.", "He paused\u2026 then spoke.")]
    [InlineData("She said, \"I quit. I am done.\" He left.", "She said, \"I quit. I am done.\"")]
    [InlineData("She said, \u201CI quit. I am done.\u201D He left.", "She said, \u201CI quit. I am done.\u201D")]
    [InlineData("J. R. R. Tolkien wrote it. It sold.", "J. R. R. Tolkien wrote it.")]
    [InlineData("Is it over? Nobody knows.", "Is it over?")]
    [InlineData("Prices rose 3.5 percent. Wages fell.", "Prices rose 3.5 percent.")]
    [InlineData("No end here", "No end here")]
    [InlineData("Gen. Mattis spoke. He left.", "Gen. Mattis spoke.")]
    [InlineData("He said no. Then he left.", "He said no.")]
    [InlineData("It ranked No. 5 in the poll. Few cared.", "It ranked No. 5 in the poll.")]
    public void First_sentence_is_not_fooled_by_abbreviations_ellipses_or_quotes(string text, string expected)
    {
        Assert.Equal(expected, Sentences.First(text));
    }
}
