using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Analysis;

/// <summary>The real seed article has one real fault, the glued text on line 5, and nothing else to report.</summary>
public sealed class SeedDiagnosticsTests
{
    [Fact]
    public void Seed_gives_exactly_one_warning_on_regretsThe_at_line_5()
    {
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(new[] { new ArticleFile("/project/seeds/" + Seed.FileName, Seed.Text) });

        Diagnostic glued = Assert.Single(diagnostics);
        Assert.Equal("NEWS007 " + Seed.FileName + "(5,169,5,179)", AnalyzerHarness.Describe(glued));
        Assert.Equal(DiagnosticSeverity.Warning, glued.Severity);
        Assert.Equal("regretsThe", Seed.Text.Substring(glued.Location.SourceSpan.Start, glued.Location.SourceSpan.Length));
        Assert.Equal(
            "'regretsThe' looks like 'regrets' and 'The' glued together by a lost space or line break. Insert the break.",
            glued.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
