namespace NewsGen.Cli;

/// <summary>The output formats of <c>newsgen check</c>.</summary>
internal enum CheckFormat
{
    /// <summary>MSBuild's canonical one-line form.</summary>
    Text,

    /// <summary>SARIF 2.1.0.</summary>
    Sarif,
}
