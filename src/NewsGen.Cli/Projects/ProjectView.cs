using System.Collections.Generic;
using NewsGen.Cli.Input;

namespace NewsGen.Cli.Projects;

/// <summary>What the evaluation of a project says about its articles, or why there is nothing to say.</summary>
/// <param name="Articles">The AdditionalFiles the package's targets marked as articles (from the NewsArticle items), with the metadata the package makes compiler-visible.</param>
/// <param name="Properties">Every compiler-visible property's evaluated value, by name.</param>
/// <param name="ConfigFiles">The project's <c>EditorConfigFiles</c> items (the .editorconfig and .globalconfig files the compiler is given), full paths.</param>
/// <param name="Warnings">The warning options the compiler is given: NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors, WarningLevel.</param>
/// <param name="Error">Why the project cannot be checked; null when it can.</param>
internal sealed record ProjectView(
    IReadOnlyList<ArticleItem> Articles,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> ConfigFiles,
    ProjectWarningProperties Warnings,
    string? Error)
{
    public static ProjectView Failed(string error) =>
        new(new List<ArticleItem>(), new Dictionary<string, string>(), new List<string>(), ProjectWarningProperties.None, error);
}
