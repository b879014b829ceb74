using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using NewsGen.Cli.Input;

namespace NewsGen.Cli.Checking;

/// <summary><c>newsgen check</c>: every diagnostic of the files, in MSBuild's canonical form or as SARIF.</summary>
internal static class CheckCommand
{
    public static int Run(string[] paths, CheckFormat format, IReadOnlyDictionary<string, string> properties, CliConsole console)
    {
        var inputErrors = new List<string>();
        if (BuildViews.Resolve(paths, properties, console.Error, inputErrors) is not { } view)
        {
            return PrintErrors(inputErrors, console);
        }

        bool badInput = inputErrors.Count > 0;
        var checker = new ArticleChecker(view);
        List<CheckedArticle> results = CheckFiles(checker, keep: false, console);

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

        // Last, as the analyzer reports them when the compilation ends.
        foreach (ReportedDiagnostic diagnostic in checker.ProjectDiagnostics())
        {
            diagnostics.Add(diagnostic);
            anyError |= diagnostic.Severity == DiagnosticSeverity.Error;
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

        PrintErrors(inputErrors, console);

        // A path that names nothing is bad input (2); an unreadable or binary file is NEWS013, an error (1) as in a build.
        return badInput ? NewsGenCommand.BadInput : anyError ? NewsGenCommand.ErrorsFound : NewsGenCommand.Success;
    }

    /// <summary>Prints input errors on stderr; returns the bad-input exit code, for runs that stop there.</summary>
    public static int PrintErrors(IEnumerable<string> errors, CliConsole console)
    {
        foreach (string error in errors)
        {
            console.Error.WriteLine("newsgen: " + error);
        }

        return NewsGenCommand.BadInput;
    }

    /// <summary>Checks the files with progress on stderr; shared with <c>show</c>.</summary>
    public static List<CheckedArticle> CheckFiles(ArticleChecker checker, bool keep, CliConsole console)
    {
        var progress = new ProgressReporter(console.Error, checker.Count, console.Progress);
        List<CheckedArticle> results = checker.CheckAll(keep, progress.Report);
        progress.Finish();
        return results;
    }
}
