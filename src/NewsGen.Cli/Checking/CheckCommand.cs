using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using NewsGen.Cli.Input;

namespace NewsGen.Cli.Checking;

/// <summary><c>newsgen check</c>: every diagnostic of the files, in MSBuild's canonical form or as SARIF.</summary>
internal static class CheckCommand
{
    public static int Run(string[] paths, CheckFormat format, CheckSettings settings, CliConsole console)
    {
        var inputErrors = new List<string>();
        IReadOnlyList<string> files = ArticleFileSet.Expand(paths, inputErrors);
        bool badInput = inputErrors.Count > 0;
        List<CheckedArticle> results = CheckFiles(files, settings, keepText: false, console);

        var diagnostics = new List<ReportedDiagnostic>();
        bool anyError = false;
        foreach (CheckedArticle article in results)
        {
            if (article.ReadError is not null)
            {
                inputErrors.Add($"{article.Path}: {article.ReadError}");
            }

            foreach (ReportedDiagnostic diagnostic in article.Diagnostics)
            {
                diagnostics.Add(diagnostic);
                anyError |= diagnostic.Severity == DiagnosticSeverity.Error;
            }
        }

        if (format == CheckFormat.Sarif)
        {
            console.Out.Flush();
            using Stream output = console.OpenStdout();
            SarifWriter.Write(output, diagnostics);
        }
        else
        {
            foreach (ReportedDiagnostic diagnostic in diagnostics)
            {
                console.Out.WriteLine(diagnostic.ToCanonicalString());
            }
        }

        foreach (string error in inputErrors)
        {
            console.Error.WriteLine("newsgen: " + error);
        }

        // A path that names nothing is bad input (2); an unreadable or binary file is NEWS013, an error (1) as in a build.
        return badInput ? NewsGenCommand.BadInput : anyError ? NewsGenCommand.ErrorsFound : NewsGenCommand.Success;
    }

    /// <summary>Checks the files with progress on stderr; shared with <c>show</c>.</summary>
    public static List<CheckedArticle> CheckFiles(IReadOnlyList<string> files, CheckSettings settings, bool keepText, CliConsole console)
    {
        var progress = new ProgressReporter(console.Error, files.Count, console.Progress);
        var checker = new ArticleChecker(settings, new SeverityConfiguration(console.Error));
        List<CheckedArticle> results = checker.CheckAll(files, keepText, progress.Report);
        progress.Finish();
        return results;
    }
}
