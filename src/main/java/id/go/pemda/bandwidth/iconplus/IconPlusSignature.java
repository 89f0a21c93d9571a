package id.go.pemda.bandwidth.iconplus;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Icon+ signs each callback: {@code X-IconPlus-Timestamp} (epoch seconds) and
 * {@code X-IconPlus-Signature: sha256=<hex HMAC-SHA256 of timestamp + "." + raw body>}.
 */
public final class IconPlusSignature {

  public static final String TIMESTAMP_HEADER = "X-IconPlus-Timestamp";
  public static final String SIGNATURE_HEADER = "X-IconPlus-Signature";
  /** The name of this scheme in the API's OpenAPI description. */
  public static final String SCHEME = "iconPlusSignature";
  private static final String PREFIX = "sha256=";

  private IconPlusSignature() {}

  public static String sign(String secret, long epochSeconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Valid when the timestamp is within the allowed skew and the signature matches. */
  public static boolean verify(
      String secret, String timestamp, String signature, byte[] body, Instant now, Duration maxSkew) {
    if (secret == null || timestamp == null || signature == null) {
      return false;
    }
    long epochSeconds;
    try {
      epochSeconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    // a timestamp beyond any skew is refused before it could overflow a date
    // whole seconds, as the timestamp is: a request signed exactly maxSkew ago still counts
    long skew = maxSkew.getSeconds();
    if (epochSeconds < now.getEpochSecond() - skew || epochSeconds > now.getEpochSecond() + skew) {
      return false;
    }
    byte[] expected = sign(secret, epochSeconds, body).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
  }
}
