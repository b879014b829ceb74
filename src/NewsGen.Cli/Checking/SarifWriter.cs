using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using NewsGen.Analysis;

namespace NewsGen.Cli.Checking;

/// <summary>
/// Writes the check's diagnostics as one SARIF 2.1.0 log (the format code-scanning services read): one run, the
/// tool with every NEWS rule (id, name, descriptions, help link, default level) and one result per diagnostic.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, IEnumerable<ReportedDiagnostic> diagnostics)
    {
        var rules = new List<DiagnosticDescriptor>(DiagnosticDescriptors.Supported);
        rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            ruleIndex[rules[i].Id] = i;
        }

        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, rules);
        json.WriteStartArray("results");
        foreach (ReportedDiagnostic diagnostic in diagnostics)
        {
            WriteResult(json, diagnostic, ruleIndex.TryGetValue(diagnostic.Id, out int index) ? index : -1);
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>SARIF's level for a severity: error, warning, note.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>A rule's name: its title in PascalCase, as SARIF viewers show it ("ArticleIsEmpty").</summary>
    public static string RuleName(DiagnosticDescriptor rule)
    {
        var name = new StringBuilder();
        foreach (string word in rule.Title.ToString(CultureInfo.InvariantCulture).Split(' ', '-'))
        {
            if (word.Length > 0)
            {
                name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
        }

        return name.ToString();
    }

    private static void WriteTool(Utf8JsonWriter json, List<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "newsgen");
        json.WriteString("version", Version);
        json.WriteString("informationUri", DiagnosticDescriptors.HelpLinkBase.Replace("docs/diagnostics/", string.Empty, StringComparison.Ordinal));
        json.WriteStartArray("rules");
        foreach (DiagnosticDescriptor rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ReportedDiagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(diagnostic.Path));
        json.WriteEndObject();

        // A diagnostic about the project has the project file as its artifact and no region in it.
        if (diagnostic.HasSpan)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", diagnostic.Line);
            json.WriteNumber("startColumn", diagnostic.Column);
            json.WriteNumber("endLine", diagnostic.EndLine);
            json.WriteNumber("endColumn", diagnostic.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // A relative path stays relative (code scanning resolves it against the checkout); an absolute one becomes a file: URI.
    private static string ArtifactUri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        string[] segments = path.Replace('\\', '/').Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join('/', segments);
    }

    private static string Version =>
        typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
