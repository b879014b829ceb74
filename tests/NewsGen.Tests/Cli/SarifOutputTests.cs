using System.IO;
using System.Linq;
using System.Text.Json;
using NewsGen.Analysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary><c>newsgen check --format sarif</c>: a SARIF 2.1.0 log code-scanning services can read.</summary>
public sealed class SarifOutputTests
{
    [Fact]
    public void The_seed_warning_becomes_one_result_with_its_rule_and_region()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("articles/seed.txt", Seed.Bytes);
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder.File("articles/seed.txt"));

        CliRun run = CliRun.Of("check", relative, "--format", "sarif");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument sarif = JsonDocument.Parse(run.Out);
        JsonElement root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        JsonElement runElement = Assert.Single(root.GetProperty("runs").EnumerateArray());

        JsonElement driver = runElement.GetProperty("tool").GetProperty("driver");
        Assert.Equal("newsgen", driver.GetProperty("name").GetString());
        Assert.Equal("0.1.0", driver.GetProperty("version").GetString());
        JsonElement[] rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(DiagnosticDescriptors.Supported.Select(d => d.Id).Order(System.StringComparer.Ordinal), rules.Select(r => r.GetProperty("id").GetString()));
        JsonElement glued = rules.Single(r => r.GetProperty("id").GetString() == "NEWS007");
        Assert.Equal("WordsAreGluedTogether", glued.GetProperty("name").GetString());
        Assert.Equal("Words are glued together", glued.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + "NEWS007.md", glued.GetProperty("helpUri").GetString());
        Assert.Equal("warning", glued.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("error", rules.Single(r => r.GetProperty("id").GetString() == "NEWS005").GetProperty("defaultConfiguration").GetProperty("level").GetString());

        JsonElement result = Assert.Single(runElement.GetProperty("results").EnumerateArray());
        Assert.Equal("NEWS007", result.GetProperty("ruleId").GetString());
        Assert.Equal("NEWS007", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        Assert.StartsWith("'regretsThe' looks like 'regrets' and 'The'", result.GetProperty("message").GetProperty("text").GetString(), System.StringComparison.Ordinal);
        JsonElement location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal(relative.Replace('\\', '/'), location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        JsonElement region = location.GetProperty("region");
        Assert.Equal((5, 169, 5, 179), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Configured_severities_set_the_level_and_errors_still_give_exit_code_1()
    {
        using var folder = new TempFolder();
        string seed = folder.WriteBytes("seed.txt", Seed.Bytes);
        string control = folder.WriteText("control.txt", "The tape\0 ran out.\n");
        folder.WriteText(".globalconfig", "is_global = true\ndotnet_diagnostic.NEWS007.severity = suggestion\n");

        CliRun run = CliRun.Of("check", control, seed, "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument sarif = JsonDocument.Parse(run.Out);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("ruleId").GetString()!, r.GetProperty("level").GetString()!, r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!))
            .ToArray();
        Assert.Equal(new[] { ("NEWS005", "error", new System.Uri(control).AbsoluteUri), ("NEWS007", "note", new System.Uri(seed).AbsoluteUri) }, results);
    }
}
