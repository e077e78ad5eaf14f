namespace Fapi.Analyzers.Facts;

/// <summary>How the code that carries a fact can be rewritten; one code fix provider handles each kind.</summary>
public enum FixKind
{
    None,
    /// <summary>Replace the value expression.</summary>
    ReplaceExpression,
    /// <summary>Remove a collection element or an Add call statement.</summary>
    RemoveElement,
    /// <summary>Remove or replace one call of a fluent chain.</summary>
    ReplaceCall,
    /// <summary>Insert a call into a fluent chain (before Build()).</summary>
    AppendCall,
    /// <summary>Add a member to an object initializer.</summary>
    AddInitializerMember,
    /// <summary>Pass the missing optional argument.</summary>
    AddArgument,
    /// <summary>Add an assignment to an options lambda.</summary>
    AddOptionsAssignment,
    /// <summary>Replace a value in a configuration file (JSON).</summary>
    ReplaceJsonValue,
    /// <summary>Remove an array item from a configuration file.</summary>
    RemoveJsonElement,
    /// <summary>Add a member to the configuration file object the diagnostic is on.</summary>
    AddJsonMember,
}
