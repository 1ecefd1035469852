//! A closed-loop HTTP/1.1 load generator: a fixed number of keep-alive connections, each
//! sending its next request as soon as the previous answer is read — what `wrk` does,
//! with every latency kept for exact percentiles. One thread, so it takes at most one of
//! the machine's cores from the servers it measures.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// An HTTP/1.1 answer: status and body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
}

/// One keep-alive connection.
pub struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
}

impl Conn {
    pub async fn open(addr: SocketAddr) -> Result<Self> {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        Ok(Self {
            stream,
            buf: Vec::with_capacity(8192),
        })
    }

    /// Sends a whole request (bytes as built by [`request`]) and reads the answer.
    pub async fn send(&mut self, req: &[u8]) -> Result<Answer> {
        self.stream.write_all(req).await?;
        let head_end = loop {
            if let Some(i) = find(&self.buf, b"\r\n\r\n") {
                break i + 4;
            }
            self.fill().await?;
        };
        let head = std::str::from_utf8(&self.buf[..head_end]).context("response head")?;
        let status: u16 = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .context("status line")?;
        let header = |name: &str| {
            head.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| v.trim().to_owned())
            })
        };
        let body = if let Some(len) = header("content-length") {
            let len: usize = len.parse().context("content-length")?;
            while self.buf.len() < head_end + len {
                self.fill().await?;
            }
            let body = self.buf[head_end..head_end + len].to_vec();
            self.buf.drain(..head_end + len);
            body
        } else if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
            self.buf.drain(..head_end);
            self.chunked().await?
        } else {
            bail!("an answer without a length")
        };
        Ok(Answer { status, body })
    }

    async fn chunked(&mut self) -> Result<Vec<u8>> {
        let mut body = Vec::new();
        loop {
            let line_end = loop {
                if let Some(i) = find(&self.buf, b"\r\n") {
                    break i;
                }
                self.fill().await?;
            };
            let size = std::str::from_utf8(&self.buf[..line_end])?;
            let size = usize::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16)?;
            while self.buf.len() < line_end + 2 + size + 2 {
                self.fill().await?;
            }
            body.extend_from_slice(&self.buf[line_end + 2..line_end + 2 + size]);
            self.buf.drain(..line_end + 2 + size + 2);
            if size == 0 {
                return Ok(body);
            }
        }
    }

    async fn fill(&mut self) -> Result<()> {
        let mut chunk = [0u8; 8192];
        let n = self.stream.read(&mut chunk).await?;
        if n == 0 {
            bail!("connection closed");
        }
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(())
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The bytes of a request with the given extra header lines (each ending in `\r\n`).
pub fn request(method: &str, addr: SocketAddr, path: &str, headers: &str, body: &str) -> Vec<u8> {
    format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\n{headers}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// What a run measured.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub requests_per_s: f64,
    pub p50: Duration,
    pub p99: Duration,
    pub failures: u64,
}

/// Keeps `connections` connections busy with `req` for `warmup`, then measures for
/// `duration`. Only 200 answers count as served; anything else is a failure.
pub async fn run(
    addr: SocketAddr,
    req: Vec<u8>,
    connections: usize,
    warmup: Duration,
    duration: Duration,
) -> Result<Measured> {
    let start = Instant::now() + warmup;
    let end = start + duration;
    let req = std::sync::Arc::new(req);
    let mut tasks = Vec::with_capacity(connections);
    for _ in 0..connections {
        let req = req.clone();
        tasks.push(tokio::task::spawn_local(async move {
            let mut conn = Conn::open(addr).await?;
            let mut latencies: Vec<u32> = Vec::with_capacity(1 << 16);
            let mut failures = 0u64;
            loop {
                let t0 = Instant::now();
                if t0 >= end {
                    break;
                }
                let a = conn.send(&req).await?;
                let t1 = Instant::now();
                if t0 >= start {
                    if a.status == 200 {
                        latencies.push(u32::try_from((t1 - t0).as_micros()).unwrap_or(u32::MAX));
                    } else {
                        failures += 1;
                    }
                }
            }
            anyhow::Ok((latencies, failures))
        }));
    }
    let mut all = Vec::new();
    let mut failures = 0;
    for t in tasks {
        let (l, f) = t.await??;
        all.extend(l);
        failures += f;
    }
    if all.is_empty() {
        bail!("no request succeeded ({failures} failed)");
    }
    all.sort_unstable();
    let pct = |p: f64| {
        let i = ((all.len() as f64 * p).ceil() as usize).clamp(1, all.len()) - 1;
        Duration::from_micros(u64::from(all[i]))
    };
    Ok(Measured {
        requests_per_s: all.len() as f64 / duration.as_secs_f64(),
        p50: pct(0.50),
        p99: pct(0.99),
        failures,
    })
}
