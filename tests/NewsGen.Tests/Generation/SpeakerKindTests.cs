using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Generation;

/// <summary>
/// The generated <c>NewsSpeaker.Kind</c> says what the parser decided (issue 15, convention 9): a person, an
/// organisation or a description, and <c>None</c> for the nobody view of an unattributed quote, on every target.
/// </summary>
public sealed class SpeakerKindTests
{
    // The unattributed quote comes first: a quote-only paragraph after another continues its speaker.
    private const string Article =
        "\"Nobody said this.\"\n" +
        "\"We will rebuild,\" Mayor Jane Okafor said.\n" +
        "\"We will appeal,\" the White House said.\n" +
        "\"We are cooperating fully,\" a spokesman for the utility said.\n";

    private const string Reader = """
        namespace Consumer
        {
            internal static class Reader
            {
                public static string Kinds()
                {
                    var all = new System.Text.StringBuilder();
                    foreach (Test.Articles.NewsQuote quote in Test.Articles.Kinds.Article.Quotes)
                    {
                        all.Append(quote.Speaker.Name).Append('=').Append(quote.Speaker.Kind).Append(';');
                    }

                    foreach (Test.Articles.NewsSpeaker speaker in Test.Articles.Kinds.Article.Speakers)
                    {
                        all.Append('|').Append((int)speaker.Kind);
                    }

                    return all.ToString();
                }
            }
        }
        """;

    [Theory]
    [MemberData(nameof(TargetProfile.Names), MemberType = typeof(TargetProfile))]
    public void Each_quote_s_speaker_has_its_kind(string target)
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/p/kinds.txt", Article) }, TargetProfile.ByName(target), consumerCode: Reader);

        Assert.Empty(run.CompilationDiagnostics);
        using CompiledAssembly assembly = CompiledAssembly.Load(run.Compilation);
        Assert.Equal(
            "=None;Jane Okafor=Person;White House=Organization;a spokesman for the utility=Description;|1|2|3",
            assembly.Call("Consumer.Reader", "Kinds"));
    }
}
