namespace Returns.Notifications.Email;

/// <summary>The mail server refused the email or could not be reached, even after retries. The message never holds an address in clear.</summary>
public sealed class EmailDeliveryException(string reason, Exception? innerException = null) : Exception(reason, innerException);
